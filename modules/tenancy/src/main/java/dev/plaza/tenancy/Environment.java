package dev.plaza.tenancy;

import java.util.Locale;

/** The stages an organization runs in; each is its own tenant and never sees the others' data. */
public enum Environment {

	DEMO, STAGING, PRODUCTION;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Environment fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}
}
