package dev.plaza.payments.domain;

import java.time.Duration;

/**
 * When to ask the processor again about a payment it has not settled: after {@code first}, then
 * twice as long each time, never longer than {@code longest}. A processor that is down for a while
 * is then asked rarely, while a payment that settles soon is settled soon.
 */
public record VerificationSchedule(Duration first, Duration longest) {

	/** The wait after {@code questionsAsked} questions went unsettled. */
	public Duration waitAfter(int questionsAsked) {
		Duration wait = first;
		for (int i = 0; i < questionsAsked && wait.compareTo(longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(longest) > 0 ? longest : wait;
	}
}
