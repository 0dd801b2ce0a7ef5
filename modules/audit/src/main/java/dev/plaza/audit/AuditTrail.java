package dev.plaza.audit;

/**
 * Records what happened outside an API call, in the current tenant's audit chain (the platform's when no
 * tenant is bound).
 *
 * <p>Inside a read-write transaction the entry is written in it, so that it commits or rolls back with
 * the change it records; otherwise in a transaction of its own. When called while an HTTP request is being
 * served, the entry carries the request's remote address and request id. A failure to record throws: the
 * caller's transaction then fails too, so nothing changes without a record.
 */
public interface AuditTrail {

	void record(AuditRecord record);
}
