package dev.plaza.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook payloads as the Standard Webhooks specification does: HMAC-SHA256 keyed with the
 * secret's bytes over {@code "<webhook-id>.<webhook-timestamp>.<body>"}, sent as
 * {@code webhook-signature: v1,<base64>}. Secrets look like {@code whsec_<base64 of 32 random bytes>}.
 */
public final class WebhookSignature {

	private static final String PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSignature() {
	}

	public static String newSecret() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** The value of the {@code webhook-signature} header. */
	public static String sign(String secret, String messageId, long timestampSeconds, String body) {
		byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] signature = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}
}
