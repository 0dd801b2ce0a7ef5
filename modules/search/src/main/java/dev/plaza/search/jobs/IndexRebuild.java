package dev.plaza.search.jobs;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One rebuild of the whole search index from the catalog, as the operator follows it.
 *
 * @param tenants how many tenants were rebuilt so far
 * @param indexed how many showtimes were indexed so far
 * @param failure why it stopped, when it failed
 */
public record IndexRebuild(UUID id, State state, Instant startedAt, @Schema(nullable = true) Instant finishedAt, int tenants,
		long indexed, @Schema(nullable = true) String failure) {

	enum State {
		RUNNING, COMPLETED, FAILED
	}

	/** Where the operator follows the rebuild with this id. */
	public static String path(UUID id) {
		return "/api/v1/search/index/rebuilds/" + id;
	}

	static IndexRebuild started() {
		return new IndexRebuild(UUID.randomUUID(), State.RUNNING, Instant.now(), null, 0, 0, null);
	}

	IndexRebuild progressed(long showtimes) {
		return new IndexRebuild(id, state, startedAt, null, tenants + 1, indexed + showtimes, null);
	}

	IndexRebuild completed() {
		return new IndexRebuild(id, State.COMPLETED, startedAt, Instant.now(), tenants, indexed, null);
	}

	IndexRebuild failed(String why) {
		return new IndexRebuild(id, State.FAILED, startedAt, Instant.now(), tenants, indexed, why);
	}
}
