package dev.plaza.orders.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.plaza.ledger.Posting;
import dev.plaza.ledger.Postings;
import dev.plaza.ledger.TransferId;
import dev.plaza.orders.SettlementAccounts;
import dev.plaza.orders.SettlementAccounts.Role;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.stereotype.Component;

/**
 * Settles orders' payments in the tenant's {@link SettlementAccounts}. A payment moves its amount
 * from clearing to receivable, less the fee, which goes to fees — one linked chain, whose transfer ids
 * are derived from the payment, so posting it again changes nothing. A refund moves the same shares back.
 */
@Component
public class Settlement {

	static final int PAYMENT = 1;

	static final int PLATFORM_FEE = 2;

	static final int REFUND = 3;

	static final int FEE_RETURNED = 4;

	private final Postings postings;

	/**
	 * Tenant and currency pairs whose accounts this process has opened: ledger accounts are never
	 * closed, so each pair is opened once per process instead of on every payment.
	 */
	private final Set<String> opened = ConcurrentHashMap.newKeySet();

	Settlement(Postings postings) {
		this.postings = postings;
	}

	/** Posts {@code paid} less {@code fee} to the receivable and {@code fee} to fees. */
	public void paid(UUID payment, Money paid, Money fee) {
		open(paid.currency());
		List<Posting> chain = new ArrayList<>();
		add(chain, "payment:" + payment + ":receivable", Role.CLEARING, Role.RECEIVABLE, paid.minus(fee), PAYMENT);
		add(chain, "payment:" + payment + ":fee", Role.CLEARING, Role.FEES, fee, PLATFORM_FEE);
		post(chain);
	}

	/** Takes {@code refund} back: {@code feeReturned} of it from fees, the rest from the receivable. */
	public void refunded(UUID refund, Money refunded, Money feeReturned) {
		open(refunded.currency());
		List<Posting> chain = new ArrayList<>();
		add(chain, "refund:" + refund + ":receivable", Role.RECEIVABLE, Role.CLEARING, refunded.minus(feeReturned), REFUND);
		add(chain, "refund:" + refund + ":fee", Role.FEES, Role.CLEARING, feeReturned, FEE_RETURNED);
		post(chain);
	}

	private void open(Currency currency) {
		TenantId tenant = TenantContext.current().orElseThrow();
		String pair = tenant + ":" + currency.getCurrencyCode();
		if (opened.contains(pair)) {
			return;
		}
		postings.open(SettlementAccounts.of(tenant, currency));
		opened.add(pair);
	}

	/** The ledger takes no empty transfers; a share that rounds to nothing is left out. */
	private static void add(List<Posting> chain, String name, Role debit, Role credit, Money amount, int code) {
		if (amount.amount() == 0) {
			return;
		}
		TenantId tenant = TenantContext.current().orElseThrow();
		chain.add(new Posting(new TransferId(nameBased("plaza.orders.transfer:" + tenant + ":" + name)),
				SettlementAccounts.account(tenant, debit, amount.currency()),
				SettlementAccounts.account(tenant, credit, amount.currency()), amount, code));
	}

	private void post(List<Posting> chain) {
		if (!chain.isEmpty()) {
			postings.post(chain);
		}
	}

	private static UUID nameBased(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}
}
