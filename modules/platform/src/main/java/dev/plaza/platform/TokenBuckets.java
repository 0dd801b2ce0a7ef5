package dev.plaza.platform;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets by name (Bucket4j). With Redis configured ({@code plaza.redis.url}) every instance
 * of Plaza takes from the same buckets, so a limit holds for the whole deployment; otherwise they
 * are this process's own. While Redis cannot be reached each instance takes from buckets of its
 * own and says so in a WARN: limits then hold per instance, and nobody is refused for the outage.
 *
 * <p>A bucket keeps the configuration it was created with: name a bucket after its configuration
 * (its rate, say) so that a new configuration starts a new bucket.
 */
public interface TokenBuckets {

	/** Takes the tokens if the bucket has them now; the probe tells what is left, or how long until there are enough. */
	ConsumptionProbe tryTake(String bucket, BucketConfiguration configuration, long tokens);

	/** Waits until the bucket has the tokens, and takes them. */
	void take(String bucket, BucketConfiguration configuration, long tokens) throws InterruptedException;
}
