package dev.plaza.reservations.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.reservations.domain.Rate;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Bucket4j buckets in this process's memory. A bucket's name includes its rate, so a tenant's new
 * limits apply from the next request on; buckets idle for a while are forgotten (and are full by then).
 */
@Component
class InProcessRateLimits implements RateLimits {

	private final Cache<BucketKey, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	@Override
	public Decision take(String bucket, Rate rate) {
		Bucket tokens = buckets.get(new BucketKey(bucket, rate), key -> Bucket.builder()
			.addLimit(limit -> limit.capacity(rate.burst()).refillGreedy(rate.perSecond(), Duration.ofSeconds(1)))
			.build());
		ConsumptionProbe probe = tokens.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			return new Decision(false, rate, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		long missing = rate.burst() - probe.getRemainingTokens();
		return new Decision(true, rate, probe.getRemainingTokens(),
				Duration.ofNanos(missing * 1_000_000_000L / rate.perSecond()));
	}

	private record BucketKey(String bucket, Rate rate) {
	}
}
