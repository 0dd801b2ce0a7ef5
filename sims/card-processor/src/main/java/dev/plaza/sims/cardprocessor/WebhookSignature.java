package dev.plaza.sims.cardprocessor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhooks as Stripe does: header {@value #HEADER} is {@code t=<unix seconds>,v1=<hex>}, where
 * the hex is HMAC-SHA256 with the webhook secret over {@code "<t>." + body}. The timestamp inside the
 * signed text lets a receiver refuse replays of old deliveries.
 */
public final class WebhookSignature {

	public static final String HEADER = "Processor-Signature";

	private WebhookSignature() {
	}

	public static String sign(String secret, long timestamp, byte[] body) {
		return "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body);
	}

	static String hmac(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}
}
