package dev.plaza.backoffice.application;

import java.util.Set;

/**
 * The person using the back office, as their access token describes them.
 *
 * @param name the person's name, or their e-mail when they have none
 * @param tenant the tenant of the environment they logged into
 * @param scopes what their roles let them do; pages offer only the controls these allow
 */
public record Staff(String name, String tenant, Set<String> scopes) {

	/** Whether the person's token carries the scope: a page shows a control only then. */
	public boolean can(String scope) {
		return scopes.contains(scope);
	}
}
