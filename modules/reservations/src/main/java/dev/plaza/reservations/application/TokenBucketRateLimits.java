package dev.plaza.reservations.application;

import java.time.Duration;

import dev.plaza.platform.TokenBuckets;
import dev.plaza.reservations.domain.Rate;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Rate limits on the platform's token buckets: this process's own, or shared by every instance
 * through Redis. A bucket's name includes its rate, so a tenant's new limits apply from the next
 * request on.
 */
@Component
class TokenBucketRateLimits implements RateLimits {

	private final TokenBuckets buckets;

	TokenBucketRateLimits(TokenBuckets buckets) {
		this.buckets = buckets;
	}

	@Override
	public Decision take(String bucket, Rate rate) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(rate.burst()).refillGreedy(rate.perSecond(), Duration.ofSeconds(1)))
			.build();
		ConsumptionProbe probe = buckets.tryTake(bucket + "/" + rate.perSecond() + "-" + rate.burst(), configuration, 1);
		if (!probe.isConsumed()) {
			return new Decision(false, rate, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		long missing = rate.burst() - probe.getRemainingTokens();
		return new Decision(true, rate, probe.getRemainingTokens(),
				Duration.ofNanos(missing * 1_000_000_000L / rate.perSecond()));
	}
}
