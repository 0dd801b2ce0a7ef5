package dev.plaza.notifications.campaigns;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.plaza.notifications.internal.NotificationsProperties;
import dev.plaza.platform.TenantId;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * How fast each tenant's campaigns may send, together: a token bucket per tenant holding one
 * second's worth of messages. In this process only: several instances each allow the full rate.
 */
@Component
class TenantThrottle {

	private final int perSecond;

	private final Map<TenantId, Bucket> buckets = new ConcurrentHashMap<>();

	TenantThrottle(NotificationsProperties properties) {
		this.perSecond = properties.campaigns().ratePerSecond();
	}

	/** Waits until the tenant may send {@code messages} more (at most a second's worth). */
	void acquire(TenantId tenant, int messages) throws InterruptedException {
		buckets.computeIfAbsent(tenant, key -> Bucket.builder()
			.addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
			.build()).asBlocking().consume(messages);
	}
}
