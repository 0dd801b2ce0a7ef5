package dev.plaza.storefront.application;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the storefront sells ({@code plaza.storefront.selling.*}).
 *
 * @param secret signs visitors' cart cookies, their forms' CSRF tokens and the order links e-mailed to customers
 * (HMAC-SHA256); when empty a random one is drawn at start, and links e-mailed before a restart stop opening
 * @param cardPage the card processor's hosted card page customers type their card on; when unset,
 * {@code /hosted/card} at {@code plaza.payments.processor-url}
 */
@ConfigurationProperties("plaza.storefront.selling")
public record SellingProperties(@DefaultValue("") String secret, URI cardPage) {
}
