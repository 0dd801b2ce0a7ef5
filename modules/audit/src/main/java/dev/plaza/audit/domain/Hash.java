package dev.plaza.audit.domain;

import java.util.HexFormat;
import java.util.Objects;

/** A SHA-256 value of the chain, as 64 lowercase hex digits. */
public record Hash(String hex) {

	/** What the first entry of every tenant's chain chains from: 32 zero bytes. */
	public static final Hash GENESIS = new Hash("0".repeat(64));

	public Hash {
		Objects.requireNonNull(hex, "hash");
		if (!hex.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("A SHA-256 hash is 64 lowercase hex digits, got '" + hex + "'");
		}
	}

	public static Hash of(byte[] bytes) {
		return new Hash(HexFormat.of().formatHex(bytes));
	}

	public byte[] bytes() {
		return HexFormat.of().parseHex(hex);
	}

	@Override
	public String toString() {
		return hex;
	}
}
