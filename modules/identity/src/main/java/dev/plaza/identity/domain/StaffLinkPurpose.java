package dev.plaza.identity.domain;

import java.time.Duration;

/** What a one-time link e-mailed to a person is for, and how long it may be used. */
public enum StaffLinkPurpose {

	/** Sets the first password of an invited person. */
	INVITATION("invitation", Duration.ofHours(72)),

	/** Sets a new password for a person who forgot theirs. */
	PASSWORD_RESET("password-reset", Duration.ofHours(1)),

	/** Enrols a second factor the organization requires before the person may log in. */
	SECOND_FACTOR("second-factor", Duration.ofHours(24));

	private final String code;

	private final Duration validity;

	StaffLinkPurpose(String code, Duration validity) {
		this.code = code;
		this.validity = validity;
	}

	public String code() {
		return code;
	}

	public Duration validity() {
		return validity;
	}
}
