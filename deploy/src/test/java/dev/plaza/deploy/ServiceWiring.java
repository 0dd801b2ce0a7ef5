package dev.plaza.deploy;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the service apps must be given, whichever file deploys them (README, "Scaled mode"): a
 * database of its own each, and the URLs of the services each calls.
 */
public final class ServiceWiring {

	/** Each service app's database. */
	public static final Map<String, String> DATABASES = Map.of("identity-service", "identity", "catalog-service",
			"catalog", "commerce-service", "commerce", "ledger-service", "ledger");

	/**
	 * The services each service app calls, as named in its {@code PLAZA_SERVICES_<NAME>_URL} settings.
	 * identity-service calls commerce-service only to e-mail people, never to start.
	 */
	public static final Map<String, Set<String>> CALLS = Map.of("identity-service", Set.of("commerce"), "catalog-service",
			Set.of("identity"), "ledger-service", Set.of("identity"), "commerce-service",
			Set.of("identity", "catalog", "ledger"));

	/** A setting naming a service called; group 1 is its name. */
	public static final Pattern SERVICE_URL = Pattern.compile("PLAZA_SERVICES_(\\w+)_URL");

	/** Calls made only once running, whose callee starts after (and waits for) the caller. */
	public static final Map<String, Set<String>> CALLS_ONCE_RUNNING = Map.of("identity-service", Set.of("commerce"));

	private ServiceWiring() {
	}
}
