package dev.plaza.audit;

import java.util.Map;
import java.util.Objects;

/**
 * Something a module records that is not an API call: a login, a failed login, a logout, a refresh
 * token used twice.
 *
 * @param action what happened, dotted lowercase, such as {@code login.failed}
 * @param actor who did it, as far as is known (a failed login names the user it tried)
 * @param resourceType what it happened to, such as {@code session}; may be {@code null}
 * @param resourceId its id; may be {@code null}
 * @param status an outcome status in HTTP terms (200 done, 401 refused); may be {@code null}
 * @param details further facts, text by name, such as {@code {"reason": "bad password"}}; never secrets
 */
public record AuditRecord(String action, Actor actor, String resourceType, String resourceId, Integer status,
		Map<String, String> details) {

	public AuditRecord {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(actor, "actor");
		details = details == null ? Map.of() : Map.copyOf(details);
	}
}
