package dev.plaza.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Which RFC 6238 time steps a code may be from: 30-second steps, one step of clock drift either way,
 * and only steps after the last one whose code was accepted, so each code is accepted once.
 */
public final class TotpWindow {

	public static final Duration STEP = Duration.ofSeconds(30);

	static final int DRIFT = 1;

	private TotpWindow() {
	}

	/** The time step an instant falls in. */
	public static long stepOf(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	/** The instant a time step starts, for generating its code. */
	public static Instant startOf(long step) {
		return Instant.ofEpochSecond(step * STEP.toSeconds());
	}

	/**
	 * The steps whose code is accepted now, oldest first.
	 *
	 * @param lastAccepted the step of the last code accepted, or null when none was
	 */
	public static List<Long> acceptable(Instant now, Long lastAccepted) {
		long current = stepOf(now);
		return LongStream.rangeClosed(current - DRIFT, current + DRIFT)
			.filter(step -> lastAccepted == null || step > lastAccepted)
			.boxed()
			.toList();
	}
}
