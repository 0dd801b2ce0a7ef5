package dev.plaza.identity.application;

/**
 * Who issues the tokens this app accepts, and for which resource: a token must carry exactly this
 * {@code iss} and name this {@code aud}, however it was signed.
 */
public interface TokenAuthority {

	/** The issuer URL, fixed for the life of the process; never taken from a request. */
	String issuer();

	/** The resource tokens are issued for (RFC 9068 {@code aud}). */
	String audience();
}
