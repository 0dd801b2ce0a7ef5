package dev.plaza.platform.shared;

import java.time.Duration;
import java.util.Arrays;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.platform.TokenBuckets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this process's memory. Buckets idle for a while are forgotten (and are full by then);
 * a bucket asked for with another configuration is another bucket.
 */
final class LocalTokenBuckets implements TokenBuckets {

	private final Cache<Key, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	@Override
	public ConsumptionProbe tryTake(String bucket, BucketConfiguration configuration, long tokens) {
		return bucket(bucket, configuration).tryConsumeAndReturnRemaining(tokens);
	}

	@Override
	public void take(String bucket, BucketConfiguration configuration, long tokens) throws InterruptedException {
		bucket(bucket, configuration).asBlocking().consume(tokens);
	}

	private Bucket bucket(String name, BucketConfiguration configuration) {
		return buckets.get(new Key(name, configuration), key -> {
			LocalBucketBuilder builder = Bucket.builder();
			Arrays.stream(configuration.getBandwidths()).forEach(builder::addLimit);
			return builder.build();
		});
	}

	private record Key(String name, BucketConfiguration configuration) {
	}
}
