package dev.plaza.identity.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the deployment is reached from outside ({@code plaza.public-url}).
 *
 * @param publicUrl the URL people and partners use, such as {@code https://api.example.com}; the tokens' issuer
 * unless {@code plaza.identity.issuer} says otherwise. Empty when unset.
 */
@ConfigurationProperties("plaza")
record PublicUrlProperties(@DefaultValue("") String publicUrl) {
}
