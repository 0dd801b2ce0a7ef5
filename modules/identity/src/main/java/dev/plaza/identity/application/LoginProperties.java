package dev.plaza.identity.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long people stay logged in.
 *
 * @param refreshTokenTtl lifetime of a refresh token; each exchange answers a new one with a new
 * lifetime, so an app in use stays logged in and an abandoned one is logged out after this long
 * @param browserSessionTimeout how long the login pages' browser session lasts without a request
 */
@ConfigurationProperties("plaza.identity.login")
public record LoginProperties(@DefaultValue("12h") Duration refreshTokenTtl,
		@DefaultValue("30m") Duration browserSessionTimeout) {
}
