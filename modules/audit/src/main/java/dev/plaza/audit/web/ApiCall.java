package dev.plaza.audit.web;

import java.util.Locale;
import java.util.Map;

import dev.plaza.audit.Actor;
import dev.plaza.audit.application.Occurrence;
import dev.plaza.audit.domain.ResourceOfPath;
import dev.plaza.platform.TenantId;

/**
 * One state-changing API call being served, as its audit entry will tell it: filled in as the request
 * passes authentication and reaches its handler, and whether an entry for it has committed yet.
 * Confined to the thread serving the request.
 */
final class ApiCall {

	private static final ThreadLocal<ApiCall> CURRENT = new ThreadLocal<>();

	final String method;

	final String address;

	final String requestId;

	Actor actor = Actor.ANONYMOUS;

	/** The chain the entries go to: the caller's tenant, the platform's for the operator and unknown callers. */
	TenantId tenant = TenantId.PLATFORM;

	String pathTemplate;

	Map<String, String> pathVariables = Map.of();

	/** The status the handler answers when it succeeds. */
	int successStatus = 200;

	/** Whether the handler is running: only its transactions carry the call's entry. */
	boolean inHandler;

	/** The status of the entry that committed with one of the call's transactions; {@code null} until then. */
	Integer committedStatus;

	ApiCall(String method, String address, String requestId) {
		this.method = method;
		this.address = address;
		this.requestId = requestId;
	}

	static ApiCall current() {
		return CURRENT.get();
	}

	/** Makes this the current thread's call until the returned binding is closed. */
	Binding bind() {
		CURRENT.set(this);
		return CURRENT::remove;
	}

	Occurrence occurrence(int status) {
		return new Occurrence(actor, "api." + method.toLowerCase(Locale.ROOT), method, pathTemplate,
				ResourceOfPath.of(pathTemplate, pathVariables), status, address, requestId, Map.of());
	}

	@FunctionalInterface
	interface Binding extends AutoCloseable {

		@Override
		void close();
	}
}
