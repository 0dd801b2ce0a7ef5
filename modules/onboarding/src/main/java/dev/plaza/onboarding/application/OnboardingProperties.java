package dev.plaza.onboarding.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bulk onboarding.
 *
 * @param maxUpload largest job body accepted (413 beyond)
 * @param maxRows most rows one job may hold (413 beyond)
 * @param workers threads per instance that claim and process items
 * @param chunkSize items a worker claims at once
 * @param verificationConcurrency KYB questions in flight at once per instance (the provider limits
 *     each client's concurrency)
 * @param provisioningConcurrency businesses provisioned at once per instance
 * @param lease how long a claim holds items; a dead process's claims come back after it
 * @param pollInterval how long an idle worker waits before looking for work again
 */
@ConfigurationProperties("plaza.onboarding")
public record OnboardingProperties(@DefaultValue("200MB") DataSize maxUpload, @DefaultValue("1000000") int maxRows,
		@DefaultValue("4") int workers, @DefaultValue("100") int chunkSize,
		@DefaultValue("16") int verificationConcurrency, @DefaultValue("8") int provisioningConcurrency,
		@DefaultValue("60s") Duration lease, @DefaultValue("200ms") Duration pollInterval) {
}
