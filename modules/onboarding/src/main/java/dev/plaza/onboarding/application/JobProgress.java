package dev.plaza.onboarding.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.plaza.onboarding.domain.ItemState;
import dev.plaza.onboarding.persistence.StoredJob;

/**
 * A job as its uploader follows it.
 *
 * @param counts items per state, every state present
 * @param estimatedCompletion when the job should be done at the pace of the last half minute; null
 *     when it is done or has not settled any item lately
 */
public record JobProgress(StoredJob job, Map<ItemState, Long> counts, Instant estimatedCompletion) {

	/** How far back the pace is measured. */
	static final Duration PACE_WINDOW = Duration.ofSeconds(30);

	static Instant estimate(StoredJob job, Map<ItemState, Long> counts, long settledLately, Instant now) {
		if (!job.running() || settledLately == 0) {
			return null;
		}
		long unsettled = counts.entrySet().stream().filter(entry -> !job.mode().settles(entry.getKey()))
			.mapToLong(Map.Entry::getValue).sum();
		double perSecond = settledLately / (double) PACE_WINDOW.toSeconds();
		return now.plusMillis((long) (unsettled / perSecond * 1000));
	}
}
