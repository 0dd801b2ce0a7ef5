package dev.plaza.sims.cardprocessor;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Processor ids look like Stripe's: a type prefix and random characters, such as {@code ch_3f9a…}. */
final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	static String next(String prefix) {
		byte[] random = new byte[12];
		RANDOM.nextBytes(random);
		return prefix + "_" + HexFormat.of().formatHex(random);
	}
}
