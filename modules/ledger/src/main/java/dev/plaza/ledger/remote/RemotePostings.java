package dev.plaza.ledger.remote;

import java.util.List;

import dev.plaza.ledger.LedgerAccount;
import dev.plaza.ledger.Posting;
import dev.plaza.ledger.Postings;

/** {@link Postings} of ledger-service, for a service that does not hold the ledger. */
final class RemotePostings implements Postings {

	private final PostingsApi ledger;

	RemotePostings(PostingsApi ledger) {
		this.ledger = ledger;
	}

	@Override
	public void open(List<LedgerAccount> accounts) {
		ledger.open(accounts);
	}

	@Override
	public void post(List<Posting> transfers) {
		ledger.post(transfers);
	}
}
