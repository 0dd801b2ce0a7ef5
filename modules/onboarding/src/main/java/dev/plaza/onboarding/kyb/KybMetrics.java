package dev.plaza.onboarding.kyb;

import java.util.stream.IntStream;

import dev.plaza.onboarding.domain.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What verifications came to ({@code plaza.onboarding.kyb.verifications}, tagged by outcome), how many
 * attempts each took ({@code plaza.onboarding.kyb.attempts}, with a bucket per attempt count for the retry
 * distribution), and how many repeated answers were dropped ({@code plaza.onboarding.kyb.duplicate.answers}).
 */
final class KybMetrics {

	private final MeterRegistry registry;

	private final DistributionSummary attempts;

	private final Counter duplicates;

	KybMetrics(MeterRegistry registry, int maxAttempts) {
		this.registry = registry;
		this.attempts = DistributionSummary.builder("plaza.onboarding.kyb.attempts")
			.description("Attempts per KYB verification that reached the provider, the first included")
			.serviceLevelObjectives(IntStream.rangeClosed(1, maxAttempts).asDoubleStream().toArray())
			.register(registry);
		this.duplicates = Counter.builder("plaza.onboarding.kyb.duplicate.answers")
			.description("Repeated answers of the KYB provider, dropped after the first")
			.register(registry);
	}

	void verified(Verdict verdict, int attemptsMade) {
		String outcome = switch (verdict) {
			case Verdict.Verified verified -> "verified";
			case Verdict.Rejected rejected -> "rejected";
			case Verdict.Deferred deferred -> "deferred";
			case Verdict.Failed failed -> "failed";
		};
		Counter.builder("plaza.onboarding.kyb.verifications")
			.description("KYB verifications by outcome")
			.tag("outcome", outcome)
			.register(registry)
			.increment();
		if (attemptsMade > 0) {
			attempts.record(attemptsMade);
		}
	}

	void duplicatesDropped(int count) {
		duplicates.increment(count);
	}
}
