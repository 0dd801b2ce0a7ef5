package dev.plaza.identity.persistence;

import java.util.Locale;

/** Whether a client can keep a secret (RFC 6749 §2.1). */
public enum ClientType {

	/** A server: authenticates with a secret. */
	CONFIDENTIAL,

	/** A browser or native app: no secret, proof of possession with PKCE instead. */
	PUBLIC;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ClientType ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}
}
