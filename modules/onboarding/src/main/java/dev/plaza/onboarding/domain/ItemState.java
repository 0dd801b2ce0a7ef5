package dev.plaza.onboarding.domain;

import java.util.Locale;

/**
 * Where one business of a job stands: {@code received → validated | invalid → verifying → verified |
 * rejected | failed → provisioned}. {@code invalid}, {@code rejected}, {@code failed} and
 * {@code provisioned} are settled: nothing happens to them unless someone retries a failed one.
 */
public enum ItemState {

	RECEIVED, VALIDATED, INVALID, VERIFYING, VERIFIED, REJECTED, FAILED, PROVISIONED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ItemState fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	public boolean isSettled() {
		return this == INVALID || this == REJECTED || this == FAILED || this == PROVISIONED;
	}
}
