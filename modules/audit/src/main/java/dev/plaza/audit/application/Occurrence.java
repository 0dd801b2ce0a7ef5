package dev.plaza.audit.application;

import java.util.Map;
import java.util.Objects;

import dev.plaza.audit.Actor;
import dev.plaza.audit.domain.ResourceOfPath;

/**
 * What an entry records before the chain numbers and hashes it.
 *
 * @param method the HTTP method of an API call, {@code null} for other events
 * @param pathTemplate the path pattern an API call matched, {@code null} when none did or for other events
 * @param status the outcome status, {@code null} when there is none
 * @param address the caller's address as the app sees it, {@code null} outside a request
 * @param requestId the request's id, {@code null} outside a request
 */
public record Occurrence(Actor actor, String action, String method, String pathTemplate, ResourceOfPath resource,
		Integer status, String address, String requestId, Map<String, String> details) {

	public Occurrence {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		resource = resource == null ? ResourceOfPath.NONE : resource;
		details = details == null ? Map.of() : Map.copyOf(details);
	}

	/** The same, with another outcome status. */
	public Occurrence withStatus(int other) {
		return new Occurrence(actor, action, method, pathTemplate, resource, other, address, requestId, details);
	}
}
