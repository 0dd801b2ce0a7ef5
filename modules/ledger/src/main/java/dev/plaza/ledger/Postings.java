package dev.plaza.ledger;

import java.util.List;

/**
 * How other modules write to the current tenant's ledger: the same rules, idempotency and writer
 * lane as the HTTP API. Ids are the caller's, derived from what it records (a payment, a refund),
 * so a retried call finds its accounts open and its transfers posted and changes nothing.
 */
public interface Postings {

	/**
	 * Opens those of the accounts the tenant does not have yet.
	 *
	 * @throws IllegalStateException if one exists with another currency or code
	 */
	void open(List<LedgerAccount> accounts);

	/**
	 * Posts the transfers as one linked chain: all are applied, or none. Transfers posted before
	 * with the same ids and fields count as posted.
	 *
	 * @throws IllegalStateException naming each transfer's result if the chain was refused
	 */
	void post(List<Posting> transfers);
}
