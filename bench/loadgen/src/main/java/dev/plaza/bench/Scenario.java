package dev.plaza.bench;

import java.util.Locale;

/** What each request carries. */
enum Scenario {

	/** {@code --batch} transfers per request, each between two distinct random accounts. */
	BATCHED,

	/** One transfer per request, between two distinct random accounts. */
	SINGLE,

	/**
	 * {@code --batch} transfers per request, each debiting a random account and crediting the one
	 * shared fee account: every transfer of every request updates the same account row.
	 */
	HOT;

	static Scenario of(String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Options.UsageException("--scenario must be batched, single or hot, not '" + name + "'");
		}
	}

	String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
