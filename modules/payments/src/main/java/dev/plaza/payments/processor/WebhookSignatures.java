package dev.plaza.payments.processor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the processor's webhook signatures, as Stripe's are checked: the header
 * {@code t=<unix seconds>,v1=<hex>[,v1=<hex>…]} must carry an HMAC-SHA256, made with the shared
 * webhook secret over {@code "<t>." + body}, and {@code t} must lie within the tolerance of now, so
 * a delivery captured on the wire cannot be replayed later.
 */
public final class WebhookSignatures {

	public static final String HEADER = "Processor-Signature";

	public enum Verdict {
		VALID, MISSING, MALFORMED, STALE, MISMATCH
	}

	private final byte[] secret;

	private final Duration tolerance;

	public WebhookSignatures(String secret, Duration tolerance) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.tolerance = tolerance;
	}

	public Verdict verify(String header, byte[] body, Instant now) {
		if (header == null || header.isBlank()) {
			return Verdict.MISSING;
		}
		Long timestamp = null;
		boolean anyMatch = false;
		for (String part : header.split(",")) {
			String[] pair = part.trim().split("=", 2);
			if (pair.length != 2) {
				return Verdict.MALFORMED;
			}
			if (pair[0].equals("t")) {
				timestamp = seconds(pair[1]);
			}
		}
		if (timestamp == null) {
			return Verdict.MALFORMED;
		}
		byte[] expected = hmac(timestamp, body);
		for (String part : header.split(",")) {
			String[] pair = part.trim().split("=", 2);
			if (pair[0].equals("v1") && MessageDigest.isEqual(expected, pair[1].getBytes(StandardCharsets.US_ASCII))) {
				anyMatch = true;
			}
		}
		if (!anyMatch || secret.length == 0) {
			return Verdict.MISMATCH;
		}
		return Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds() ? Verdict.STALE : Verdict.VALID;
	}

	private byte[] hmac(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static Long seconds(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
