package dev.plaza.onboarding.persistence;

import java.time.Instant;
import java.util.UUID;

import dev.plaza.platform.TenantId;

/**
 * A job as stored.
 *
 * @param status {@code running}, {@code completed} or {@code cancelled}
 * @param finishedAt when it completed or was cancelled; null while running
 */
public record StoredJob(UUID id, TenantId tenant, String status, String format, int total, Instant startedAt,
		Instant finishedAt) {

	public boolean running() {
		return "running".equals(status);
	}

	public boolean cancelled() {
		return "cancelled".equals(status);
	}
}
