package dev.plaza.identity.application;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A login that did not succeed, and why. The login page tells the person only what they may know:
 * wrong credentials and an unknown e-mail read the same.
 */
public class LoginRefused extends AuthenticationException {

	public enum Reason {
		BAD_CREDENTIALS, LOCKED, SUSPENDED, NOT_ACTIVATED,
		/** The organization requires a TOTP code for the person's role and none is enrolled: a link to enrol went out by e-mail. */
		SECOND_FACTOR_NOT_ENROLLED
	}

	private final Reason reason;

	private final Instant lockedUntil;

	public LoginRefused(Reason reason, Instant lockedUntil) {
		super("Login refused: " + reason);
		this.reason = reason;
		this.lockedUntil = lockedUntil;
	}

	public Reason reason() {
		return reason;
	}

	/** Until when a {@link Reason#LOCKED} account refuses logins; null for other reasons. */
	public Instant lockedUntil() {
		return lockedUntil;
	}
}
