package dev.plaza.reservations.application;

import java.time.Duration;

import dev.plaza.reservations.domain.Rate;

/** Token buckets by name, shared by every instance when Plaza runs as several (Redis). */
public interface RateLimits {

	/** Takes one token from the named bucket, creating it full at {@code rate} when new. */
	Decision take(String bucket, Rate rate);

	/**
	 * @param remaining tokens left after this request
	 * @param retryIn until the next token when refused; until the bucket is full again otherwise
	 */
	record Decision(boolean allowed, Rate rate, long remaining, Duration retryIn) {
	}
}
