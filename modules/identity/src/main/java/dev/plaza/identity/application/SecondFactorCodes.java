package dev.plaza.identity.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.plaza.identity.domain.TotpWindow;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 codes as authenticator apps make them: HMAC-SHA1, six digits, 30-second steps, the secret
 * shared as Base32 in an {@code otpauth://} URI. java-otp (a small, dependency-free implementation
 * tested against the RFC's vectors) computes the codes; the window of acceptable steps is
 * {@link TotpWindow}'s.
 */
final class SecondFactorCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** 160 bits, the HMAC-SHA1 output size RFC 4226 recommends. */
	private static final int SECRET_BYTES = 20;

	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(TotpWindow.STEP);

	private SecondFactorCodes() {
	}

	static String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	/** The URI an authenticator app reads (usually from a QR code) to add the account. */
	static String uri(String secret, String issuer, String account) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + TotpWindow.STEP.toSeconds();
	}

	/** The code of the time step the instant falls in. */
	static String codeAt(String secret, Instant instant) {
		try {
			return TOTP.generateOneTimePasswordString(key(secret), instant, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("A stored TOTP secret is not a key", ex);
		}
	}

	/** The step, among those acceptable now, whose code the given one is; empty when none. */
	static OptionalLong matchingStep(String secret, String code, Instant now, Long lastAccepted) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
		for (long step : TotpWindow.acceptable(now, lastAccepted)) {
			byte[] expected = codeAt(secret, TotpWindow.startOf(step)).getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, given)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private static Key key(String secret) {
		return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
