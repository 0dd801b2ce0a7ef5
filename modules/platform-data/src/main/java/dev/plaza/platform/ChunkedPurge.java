package dev.plaza.platform;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes lapsed rows through a module's purge function, {@code fn(before timestamptz, max integer)
 * returning how many it deleted}, a chunk at a time: no statement holds many row locks, and several
 * instances may purge at once (the functions skip rows another is deleting).
 */
public final class ChunkedPurge {

	private static final int CHUNK = 1000;

	private ChunkedPurge() {
	}

	/** Calls {@code function} (schema-qualified) until it deletes less than a chunk; answers the rows deleted. */
	public static long lapsedBefore(JdbcClient jdbc, String function, Instant before) {
		long total = 0;
		int purged;
		do {
			purged = jdbc.sql("SELECT " + function + "(:before, :max)")
				.param("before", before.atOffset(ZoneOffset.UTC))
				.param("max", CHUNK)
				.query(Integer.class)
				.single();
			total += purged;
		}
		while (purged == CHUNK);
		return total;
	}
}
