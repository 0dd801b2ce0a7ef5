package dev.plaza.audit.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.plaza.audit.domain.ChainedEntry;
import dev.plaza.audit.domain.EntryContent;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One audit entry, with every member its hash covers under the name the canonical form gives it
 * ({@code dev.plaza.audit.domain.CanonicalForm}), so that an export can be re-verified outside Plaza.
 *
 * @param sequence its number in the tenant's chain, from 1
 * @param actorKind {@code user}, {@code client} or {@code anonymous}
 * @param actorId the user's or client's id
 * @param action {@code api.post}, {@code api.put}, {@code api.patch}, {@code api.delete} for API calls,
 * {@code personal-data.read}, or the event a module recorded ({@code login}, {@code login.failed}, …)
 * @param method the HTTP method of an API call
 * @param pathTemplate the path pattern the call matched, such as {@code /api/v1/orders/{id}/refunds}
 * @param resourceType the kind of resource acted on, read from the path template
 * @param resourceId its id, when the path names one
 * @param status the outcome status
 * @param address the caller's address
 * @param requestId the request's {@code X-Request-Id}, or its trace id
 * @param previousHash the hash of the entry before it (64 zeros for the first)
 * @param hash SHA-256 over the previous hash and this entry's canonical form
 */
record EntryView(long sequence, UUID id, Instant at, UUID tenant, String actorKind,
		@Schema(nullable = true) String actorId, String action, @Schema(nullable = true) String method,
		@Schema(nullable = true) String pathTemplate, @Schema(nullable = true) String resourceType,
		@Schema(nullable = true) String resourceId, @Schema(nullable = true) Integer status,
		@Schema(nullable = true) String address, @Schema(nullable = true) String requestId, Map<String, String> details,
		String previousHash, String hash) {

	static EntryView of(ChainedEntry chained) {
		EntryContent entry = chained.content();
		return new EntryView(entry.sequence(), entry.id(), entry.at(), entry.tenant(), entry.actorKind().code(),
				entry.actorId(), entry.action(), entry.method(), entry.pathTemplate(), entry.resourceType(),
				entry.resourceId(), entry.status(), entry.address(), entry.requestId(), entry.details(),
				chained.previousHash().hex(), chained.hash().hex());
	}
}
