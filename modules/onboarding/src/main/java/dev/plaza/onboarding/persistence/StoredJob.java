package dev.plaza.onboarding.persistence;

import java.time.Instant;
import java.util.UUID;

import dev.plaza.onboarding.domain.JobMode;
import dev.plaza.platform.TenantId;

/**
 * A job as stored.
 *
 * @param status {@code running}, {@code completed} or {@code cancelled}
 * @param mode whether it onboards its businesses or only validates them
 * @param finishedAt when it completed or was cancelled; null while running
 */
public record StoredJob(UUID id, TenantId tenant, String status, JobMode mode, String format, int total, Instant startedAt,
		Instant finishedAt) {

	public boolean running() {
		return "running".equals(status);
	}

	public boolean cancelled() {
		return "cancelled".equals(status);
	}
}
