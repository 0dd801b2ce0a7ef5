package dev.plaza.fuzz;

import java.time.Duration;

/**
 * How hard the fuzz test tries, from system properties so a failure can be replayed:
 * {@code -Dplaza.fuzz.seed=…} (printed with every failure), {@code -Dplaza.fuzz.tries=…} requests per
 * operation and caller, {@code -Dplaza.fuzz.budget=…} seconds of wall time for the generated requests.
 * The defaults keep the whole test well under three minutes on a 2-core CI machine.
 */
record FuzzSettings(long seed, int tries, Duration budget) {

	static final long DEFAULT_SEED = 20261207L;

	static FuzzSettings fromSystemProperties() {
		return new FuzzSettings(Long.getLong("plaza.fuzz.seed", DEFAULT_SEED), Integer.getInteger("plaza.fuzz.tries", 48),
				Duration.ofSeconds(Long.getLong("plaza.fuzz.budget", 120)));
	}

	String replay() {
		return "-Dplaza.fuzz.seed=" + seed + " -Dplaza.fuzz.tries=" + tries;
	}
}
