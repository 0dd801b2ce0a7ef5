package dev.plaza.audit.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.plaza.audit.Actor;
import dev.plaza.audit.CarriedCall;
import dev.plaza.audit.domain.ResourceOfPath;
import dev.plaza.platform.TenantId;

/**
 * One state-changing API call being served, as its audit entry will tell it: filled in as the request
 * passes authentication and reaches its handler, and whether an entry for it has committed yet.
 * Confined to the thread serving the request, unless {@link CarriedCall carried} to the thread that commits
 * its change.
 */
public final class ApiCall implements CarriedCall {

	private static final ThreadLocal<ApiCall> CURRENT = new ThreadLocal<>();

	private static final ThreadLocal<List<ApiCall>> CARRIED = ThreadLocal.withInitial(List::of);

	private final String method;

	private final String address;

	private final String requestId;

	private Actor actor = Actor.ANONYMOUS;

	/** The chain the entries go to: the caller's tenant, the platform's for the operator and unknown callers. */
	private TenantId tenant = TenantId.PLATFORM;

	private String pathTemplate;

	private Map<String, String> pathVariables = Map.of();

	/** The status the handler answers when it succeeds. */
	private int successStatus = 200;

	/** Whether the handler is running: only its transactions carry the call's entry. */
	private boolean inHandler;

	/**
	 * The status of the entry that committed with one of the call's transactions; {@code null} until then.
	 * Set by the thread that committed it, which may have carried the call.
	 */
	private volatile Integer committedStatus;

	public ApiCall(String method, String address, String requestId) {
		this.method = method;
		this.address = address;
		this.requestId = requestId;
	}

	/** The call this thread serves, if any. */
	public static ApiCall current() {
		return CURRENT.get();
	}

	/** Makes this the current thread's call until the returned binding is closed. */
	public Binding bind() {
		CURRENT.set(this);
		return CURRENT::remove;
	}

	/** Runs the work with these calls carried by this thread (see {@link CarriedCall#carrying}). */
	public static <T> T carrying(List<ApiCall> calls, Supplier<T> work) {
		List<ApiCall> before = CARRIED.get();
		CARRIED.set(calls);
		try {
			return work.get();
		}
		finally {
			CARRIED.set(before);
		}
	}

	/** The calls this thread carries for other threads. */
	static List<ApiCall> carried() {
		return CARRIED.get();
	}

	/** Authentication said who calls, for which tenant (none: the platform's chain). */
	public void authenticated(Actor caller, TenantId callersTenant) {
		this.actor = caller;
		this.tenant = callersTenant == null ? TenantId.PLATFORM : callersTenant;
	}

	/** The path pattern that serves the call, and the values of its variables. */
	public void matched(String template, Map<String, String> variables) {
		this.pathTemplate = template;
		this.pathVariables = Map.copyOf(variables);
	}

	/** Its handler starts, answering {@code status} when it succeeds. */
	public void handlerStarts(int status) {
		this.successStatus = status;
		this.inHandler = true;
	}

	public void handlerEnded() {
		this.inHandler = false;
	}

	boolean inHandler() {
		return inHandler;
	}

	int successStatus() {
		return successStatus;
	}

	public Integer committedStatus() {
		return committedStatus;
	}

	void committed(int status) {
		this.committedStatus = status;
	}

	public TenantId tenant() {
		return tenant;
	}

	public String method() {
		return method;
	}

	public String pathTemplate() {
		return pathTemplate;
	}

	public Occurrence occurrence(int status) {
		return occurrence(status, Map.of());
	}

	public Occurrence occurrence(int status, Map<String, String> details) {
		return new Occurrence(actor, "api." + method.toLowerCase(Locale.ROOT), method, pathTemplate,
				ResourceOfPath.of(pathTemplate, pathVariables), status, address, requestId, details);
	}

	@FunctionalInterface
	public interface Binding extends AutoCloseable {

		@Override
		void close();
	}
}
