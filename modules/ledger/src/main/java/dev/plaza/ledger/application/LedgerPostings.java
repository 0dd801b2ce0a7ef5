package dev.plaza.ledger.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.plaza.ledger.LedgerAccount;
import dev.plaza.ledger.Posting;
import dev.plaza.ledger.Postings;
import dev.plaza.ledger.domain.Account;
import dev.plaza.ledger.domain.Balances;
import dev.plaza.ledger.domain.Transfer;
import dev.plaza.ledger.domain.TransferFlag;
import dev.plaza.ledger.domain.TransferResult;
import dev.plaza.ledger.persistence.StoredAccount;
import org.springframework.stereotype.Service;

@Service
class LedgerPostings implements Postings {

	private final Accounts accounts;

	private final GroupCommit transfers;

	LedgerPostings(Accounts accounts, GroupCommit transfers) {
		this.accounts = accounts;
		this.transfers = transfers;
	}

	@Override
	public void open(List<LedgerAccount> requested) {
		List<Accounts.Opened> opened = accounts.open(requested.stream()
			.map(account -> new StoredAccount(new Account(account.id(), account.currency().getCurrencyCode(), account.code(),
					Set.of(), Balances.ZERO), null, null))
			.toList());
		List<String> different = opened.stream()
			.filter(one -> one.result() == Accounts.Opened.Result.EXISTS_WITH_DIFFERENT_FIELDS)
			.map(one -> one.account().account().id().toString())
			.toList();
		if (!different.isEmpty()) {
			throw new IllegalStateException("Accounts " + different + " exist with another currency or code");
		}
	}

	/** Every transfer but the last is flagged linked, which makes the ledger apply the chain as one. */
	@Override
	public void post(List<Posting> postings) {
		List<Transfer> chain = IntStream.range(0, postings.size())
			.mapToObj(i -> transfer(postings.get(i), i < postings.size() - 1))
			.toList();
		List<TransferResult> results = transfers.submit(chain);
		if (results.stream().allMatch(result -> result == TransferResult.OK || result == TransferResult.EXISTS)) {
			return;
		}
		throw new IllegalStateException("The ledger refused the transfers: " + IntStream.range(0, chain.size())
			.mapToObj(i -> chain.get(i).id() + " " + results.get(i).code())
			.collect(Collectors.joining(", ")));
	}

	private static Transfer transfer(Posting posting, boolean linked) {
		return new Transfer(posting.id(), posting.debit(), posting.credit(), posting.amount().amount(),
				posting.amount().currency().getCurrencyCode(), posting.code(),
				linked ? EnumSet.of(TransferFlag.LINKED) : EnumSet.noneOf(TransferFlag.class), null, 0);
	}
}
