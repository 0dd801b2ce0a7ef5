package dev.plaza.notifications.jobs;

import java.time.Duration;

import dev.plaza.notifications.application.NotificationsProperties;
import dev.plaza.platform.TenantId;
import dev.plaza.platform.TokenBuckets;
import io.github.bucket4j.BucketConfiguration;
import org.springframework.stereotype.Component;

/**
 * How fast each tenant's campaigns may send, together: a token bucket per tenant holding one
 * second's worth of messages. With Redis configured every instance takes from the same bucket, so
 * the rate holds for the whole deployment; otherwise (or while Redis is down) for each instance.
 */
@Component
class TenantThrottle {

	private final int perSecond;

	private final BucketConfiguration oneSecondsWorth;

	private final TokenBuckets buckets;

	TenantThrottle(NotificationsProperties properties, TokenBuckets buckets) {
		this.perSecond = properties.campaigns().ratePerSecond();
		this.oneSecondsWorth = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
			.build();
		this.buckets = buckets;
	}

	/** Waits until the tenant may send {@code messages} more (at most a second's worth). */
	void acquire(TenantId tenant, int messages) throws InterruptedException {
		buckets.take("campaigns/" + tenant.value() + "/" + perSecond, oneSecondsWorth, messages);
	}
}
