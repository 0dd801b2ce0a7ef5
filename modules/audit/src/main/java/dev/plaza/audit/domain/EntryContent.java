package dev.plaza.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What one audit entry says, everything its hash covers but the previous hash. Times are kept to the
 * microsecond, as PostgreSQL stores them, so that the entry read back hashes as it was written.
 *
 * @param actorId the user id or client id; {@code null} for an anonymous caller
 * @param method the HTTP method of an API call; {@code null} for an event recorded by a module
 * @param pathTemplate the path pattern that matched the call, such as {@code /api/v1/orders/{id}}
 * @param status the outcome status; {@code null} when the event has none
 * @param details further facts, text by name; empty when there are none
 */
public record EntryContent(UUID tenant, long sequence, UUID id, Instant at, ActorKind actorKind, String actorId,
		String action, String method, String pathTemplate, String resourceType, String resourceId, Integer status,
		String address, String requestId, SortedMap<String, String> details) {

	public EntryContent {
		Objects.requireNonNull(tenant, "tenant");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(actorKind, "actorKind");
		Objects.requireNonNull(action, "action");
		if (sequence < 1) {
			throw new IllegalArgumentException("Sequence numbers start at 1, got " + sequence);
		}
		at = at.truncatedTo(ChronoUnit.MICROS);
		details = details == null ? new TreeMap<>() : new TreeMap<>(details);
	}

	/** The details as a map ordered by name. */
	public static SortedMap<String, String> detailsOf(Map<String, String> details) {
		return details == null ? new TreeMap<>() : new TreeMap<>(details);
	}
}
