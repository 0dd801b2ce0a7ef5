package dev.plaza.onboarding.domain;

import java.util.Locale;

/**
 * What a job does with its businesses: {@code onboard} takes each valid one through verification to
 * provisioning; {@code validate} only checks the file against the countries' rules — the dry run of
 * an upload — and verifies and provisions nothing, so its items end {@code validated} or {@code invalid}.
 */
public enum JobMode {

	ONBOARD, VALIDATE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException for anything but {@code onboard} or {@code validate} */
	public static JobMode fromCode(String code) {
		return switch (code) {
			case "onboard" -> ONBOARD;
			case "validate" -> VALIDATE;
			default -> throw new IllegalArgumentException("not a job mode: " + code);
		};
	}

	/** Whether an item in that state is done with, in a job of this mode. */
	public boolean settles(ItemState state) {
		return state.isSettled() || this == VALIDATE && state == ItemState.VALIDATED;
	}
}
