package dev.plaza.platform.shared;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.plaza.platform.TokenBuckets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets kept in Redis (Bucket4j's compare-and-swap over Lettuce), so every instance takes from
 * the same ones. A bucket's key outlives the time it takes to fill up again by a little, so idle
 * buckets cost Redis nothing. When Redis fails to answer, this instance takes from buckets of its
 * own for {@link #LOCAL_FOR}, then tries Redis again: limits hold per instance meanwhile, and a
 * WARN says so once per outage.
 */
final class RedisTokenBuckets implements TokenBuckets {

	static final Duration LOCAL_FOR = Duration.ofSeconds(2);

	private static final String PREFIX = "plaza:buckets:";

	private static final Logger log = LoggerFactory.getLogger(RedisTokenBuckets.class);

	private final RedisLink redis;

	private final LocalTokenBuckets local;

	private final AtomicBoolean degraded = new AtomicBoolean();

	private volatile ProxyManager<byte[]> shared;

	private volatile long localUntil = System.nanoTime();

	RedisTokenBuckets(RedisLink redis, LocalTokenBuckets local) {
		this.redis = redis;
		this.local = local;
	}

	@Override
	public ConsumptionProbe tryTake(String bucket, BucketConfiguration configuration, long tokens) {
		Optional<Bucket> remote = remote(bucket, configuration);
		if (remote.isPresent()) {
			try {
				ConsumptionProbe probe = remote.get().tryConsumeAndReturnRemaining(tokens);
				recovered();
				return probe;
			}
			catch (RuntimeException ex) {
				failed(ex);
			}
		}
		return local.tryTake(bucket, configuration, tokens);
	}

	@Override
	public void take(String bucket, BucketConfiguration configuration, long tokens) throws InterruptedException {
		Optional<Bucket> remote = remote(bucket, configuration);
		if (remote.isPresent()) {
			try {
				remote.get().asBlocking().consume(tokens);
				recovered();
				return;
			}
			catch (RuntimeException ex) {
				failed(ex);
			}
		}
		local.take(bucket, configuration, tokens);
	}

	private Optional<Bucket> remote(String bucket, BucketConfiguration configuration) {
		if (System.nanoTime() - localUntil < 0) {
			return Optional.empty();
		}
		return proxies().map(proxies -> proxies.builder()
			.build((PREFIX + bucket).getBytes(StandardCharsets.UTF_8), () -> configuration));
	}

	private Optional<ProxyManager<byte[]>> proxies() {
		if (shared == null) {
			redis.commands().ifPresent(this::share);
		}
		return Optional.ofNullable(shared);
	}

	private synchronized void share(StatefulRedisConnection<byte[], byte[]> connection) {
		if (shared == null) {
			shared = Bucket4jLettuce.casBasedBuilder(connection)
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
				.build();
		}
	}

	private void failed(RuntimeException ex) {
		localUntil = System.nanoTime() + LOCAL_FOR.toNanos();
		if (degraded.compareAndSet(false, true)) {
			log.warn("Redis did not answer ({}); rate limits and throttles hold per instance until it does", ex.toString());
		}
	}

	private void recovered() {
		if (degraded.compareAndSet(true, false)) {
			log.info("Redis answers again; rate limits and throttles are shared by every instance again");
		}
	}
}
