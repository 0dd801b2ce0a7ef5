package dev.plaza.audit.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit settings.
 *
 * @param apiCalls record every state-changing API call; on in every deployment, a switch only so that a
 * benchmark can measure what recording costs
 * @param headCheckInterval how often an instance looks whether today's chain heads are published yet; the
 * first to look on a UTC day publishes them, the others find them published
 */
@ConfigurationProperties("plaza.audit")
public record AuditProperties(@DefaultValue("true") boolean apiCalls, @DefaultValue("1h") Duration headCheckInterval) {

	public AuditProperties {
		if (headCheckInterval.isNegative() || headCheckInterval.isZero()) {
			throw new IllegalArgumentException("plaza.audit.head-check-interval must be positive");
		}
	}
}
