package dev.plaza.lending.application;

import dev.plaza.ledger.Posting;
import dev.plaza.ledger.Postings;
import dev.plaza.ledger.TransferId;
import dev.plaza.lending.LendingAccounts;
import dev.plaza.lending.LendingAccounts.Movement;
import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.payments.PaymentId;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Settles a card repayment's payment in the ledger, as orders settle theirs: the repayment's own chain
 * brings the money into funding; the processor holds it until it pays out, so funding gives it to card
 * clearing. The transfer id is derived from the payment, so settling it again changes nothing; the
 * portfolio is untouched, so the loans still reconcile with it.
 */
@Component
class CardSettlement {

	private final Postings postings;

	/** Lender and currency pairs whose accounts this process opened: ledger accounts are never closed. */
	private final Set<String> opened = ConcurrentHashMap.newKeySet();

	CardSettlement(Postings postings) {
		this.postings = postings;
	}

	void paid(PaymentId payment, Money amount) {
		TenantId lender = TenantContext.current().orElseThrow();
		String pair = lender + ":" + amount.currency().getCurrencyCode();
		if (!opened.contains(pair)) {
			postings.open(LendingAccounts.of(lender, amount.currency()));
			opened.add(pair);
		}
		String name = "plaza.lending.transfer:" + lender + ":card-payment:" + payment.value() + ":clearing";
		postings.post(List.of(new Posting(new TransferId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8))),
				LendingAccounts.account(lender, Role.CARD_CLEARING, amount.currency()),
				LendingAccounts.account(lender, Role.FUNDING, amount.currency()), amount,
				Movement.CARD_REPAYMENT_CLEARED.code())));
	}
}
