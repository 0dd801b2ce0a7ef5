package dev.plaza.platform;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.MDC;

/**
 * The tenant on whose behalf the current unit of work runs.
 *
 * <p>It is bound for exactly the extent of one call: by the web layer from the authenticated
 * principal, and by asynchronous work from the event it handles. Every database transaction
 * started inside the call is confined to this tenant by PostgreSQL row-level security. Outside any
 * call nothing is bound, and tenant-owned tables then show no rows at all.
 */
public final class TenantContext {

	static final String LOG_KEY = "tenantId";

	private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<TenantId> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	public static <T> T callAs(TenantId tenant, Supplier<T> work) {
		try (Scope scope = open(tenant)) {
			return work.get();
		}
	}

	public static void runAs(TenantId tenant, Runnable work) {
		try (Scope scope = open(tenant)) {
			work.run();
		}
	}

	/**
	 * Binds the tenant until the returned scope is closed, for work that cannot be passed as a
	 * lambda (such as the rest of a servlet filter chain). Use it in try-with-resources.
	 */
	public static Scope open(TenantId tenant) {
		TenantId previous = CURRENT.get();
		bind(tenant);
		return () -> bind(previous);
	}

	/** A tenant binding; closing it restores what was bound before. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();
	}

	private static void bind(TenantId tenant) {
		if (tenant == null) {
			CURRENT.remove();
			MDC.remove(LOG_KEY);
		}
		else {
			CURRENT.set(tenant);
			MDC.put(LOG_KEY, tenant.toString());
		}
	}
}
