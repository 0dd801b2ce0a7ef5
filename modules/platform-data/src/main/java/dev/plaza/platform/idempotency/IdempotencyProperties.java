package dev.plaza.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long a stored response answers repeats of its key
 * @param inFlightTimeout how long a first request may hold its key before a repeat may take over,
 * for the case where the process handling it died
 * @param purgeInterval how often records past their retention are deleted
 */
@ConfigurationProperties("plaza.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("1m") Duration inFlightTimeout,
		@DefaultValue("10m") Duration purgeInterval) {
}
