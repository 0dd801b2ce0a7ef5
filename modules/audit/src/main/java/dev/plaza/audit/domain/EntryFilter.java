package dev.plaza.audit.domain;

import java.time.Instant;

/**
 * Which entries of a chain a listing or an export shows; each {@code null} narrows nothing.
 *
 * @param from entries at or after this instant
 * @param to entries before this instant
 * @param actor the user's or client's id
 */
public record EntryFilter(Instant from, Instant to, String actor, String action, String resourceType,
		String resourceId) {

	public static final EntryFilter ALL = new EntryFilter(null, null, null, null, null, null);
}
