package dev.plaza.audit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.plaza.audit.application.ApiCall;

/**
 * A state-changing API call whose change another thread commits, such as the ledger's group commit, which
 * applies many requests' transfers in one transaction on a writer thread. Carried there, the call's audit
 * entry is written in that transaction, as it would have been on the request's own thread: no second
 * transaction for the record, and the record commits with the change or not at all.
 */
public interface CarriedCall {

	/** The call the current thread serves, to hand to the thread that commits its change; {@code null} outside one. */
	static CarriedCall current() {
		return ApiCall.current();
	}

	/**
	 * Runs the work on this thread for these calls ({@code null}s, calls served outside any API call, are
	 * skipped): the first read-write transaction it commits holds each call's entry.
	 */
	static <T> T carrying(Collection<CarriedCall> calls, Supplier<T> work) {
		List<ApiCall> carried = calls.stream().filter(Objects::nonNull).map(ApiCall.class::cast).toList();
		return ApiCall.carrying(carried, work);
	}
}
