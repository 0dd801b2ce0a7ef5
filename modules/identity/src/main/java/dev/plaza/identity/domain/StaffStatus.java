package dev.plaza.identity.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a person stands: invited until they set a password, then active; suspended people keep their
 * account but cannot log in; deleted people are gone from the organization's list.
 */
public enum StaffStatus {

	INVITED, ACTIVE, SUSPENDED, DELETED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<StaffStatus> ofCode(String code) {
		return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
	}
}
