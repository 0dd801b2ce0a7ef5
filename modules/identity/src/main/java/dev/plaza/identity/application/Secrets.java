package dev.plaza.identity.application;

import java.security.SecureRandom;
import java.util.Base64;

/** Random client ids and secrets, prefixed so that leaked secrets are easy to scan for. */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	public static String newSecret() {
		return "pzs_" + random(32);
	}

	public static String newClientId() {
		return "pzc_" + random(15);
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}
}
