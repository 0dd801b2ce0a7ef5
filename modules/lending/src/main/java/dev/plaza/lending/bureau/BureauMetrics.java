package dev.plaza.lending.bureau;

import java.time.Duration;
import java.util.stream.IntStream;

import dev.plaza.lending.domain.BureauAnswer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What credit checks came to ({@code plaza.lending.bureau.calls}, tagged by outcome: {@code reported},
 * {@code no_file}, {@code refused}, {@code unavailable}), how many attempts reached the bureau for each
 * ({@code plaza.lending.bureau.attempts}, a bucket per attempt count), and how long checks took, retries
 * included ({@code plaza.lending.bureau.duration}).
 */
final class BureauMetrics {

	private final MeterRegistry registry;

	private final DistributionSummary attempts;

	private final Timer duration;

	BureauMetrics(MeterRegistry registry, int maxAttempts) {
		this.registry = registry;
		this.attempts = DistributionSummary.builder("plaza.lending.bureau.attempts")
			.description("Attempts per credit check that reached the bureau, the first included")
			.serviceLevelObjectives(IntStream.rangeClosed(1, maxAttempts).asDoubleStream().toArray())
			.register(registry);
		this.duration = Timer.builder("plaza.lending.bureau.duration")
			.description("How long a credit check took, retries included")
			.publishPercentileHistogram()
			.register(registry);
	}

	void checked(BureauAnswer answer, int attemptsMade, Duration took) {
		String outcome = switch (answer) {
			case BureauAnswer.Reported reported -> "reported";
			case BureauAnswer.NoFile noFile -> "no_file";
			case BureauAnswer.Refused refused -> "refused";
			case BureauAnswer.Unavailable unavailable -> "unavailable";
		};
		Counter.builder("plaza.lending.bureau.calls")
			.description("Credit checks by outcome")
			.tag("outcome", outcome)
			.register(registry)
			.increment();
		if (attemptsMade > 0) {
			attempts.record(attemptsMade);
		}
		duration.record(took);
	}
}
