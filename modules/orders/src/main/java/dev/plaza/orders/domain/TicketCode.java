package dev.plaza.orders.domain;

import java.security.SecureRandom;

/**
 * A ticket's code: 128 random bits in base32 (RFC 4648, no padding), 26 letters and digits that are
 * easy to read out and cannot be guessed.
 */
public final class TicketCode {

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private TicketCode() {
	}

	public static String random() {
		byte[] bits = new byte[16];
		RANDOM.nextBytes(bits);
		return base32(bits);
	}

	public static boolean isWellFormed(String code) {
		return code != null && code.matches("[A-Z2-7]{26}");
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xFF);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET[(buffer >> (bits - 5)) & 0x1F]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET[(buffer << (5 - bits)) & 0x1F]);
		}
		return out.toString();
	}
}
