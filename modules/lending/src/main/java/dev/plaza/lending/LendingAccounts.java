package dev.plaza.lending;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.LedgerAccount;
import dev.plaza.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The ledger accounts a lender's loans move money through, per currency. Their ids are derived from
 * lender, role and currency, so whoever opens them first opens the same accounts and opening them
 * again changes nothing. The portfolio account's balance (debits less credits) is, at every
 * instant, the outstanding principal of the lender's loans in that currency.
 */
public final class LendingAccounts {

	/** What each account holds; the code is the ledger's account type. */
	public enum Role {

		/** The lender's money: disbursements leave it, repayments come back to it. */
		FUNDING(11),
		/** Principal lent and not yet repaid. */
		PORTFOLIO(12),
		/** Origination fees, earned at disbursement. */
		FEE_INCOME(13),
		/** Interest, earned when paid. */
		INTEREST_INCOME(14),
		/** Late fees charged by the close of business and not yet paid. */
		FEES_RECEIVABLE(15),
		/** Late fees, earned when charged. */
		LATE_FEE_INCOME(16),
		/** Card repayments the processor collected and has not paid out to the lender yet. */
		CARD_CLEARING(17);

		private final int code;

		Role(int code) {
			this.code = code;
		}

		public int code() {
			return code;
		}
	}

	/** Why a transfer moved money; the code is the ledger's transfer code (debit account first, as in {@code Posting}). */
	public enum Movement {

		/** Debits portfolio, credits funding: the amount paid out to the borrower (principal less the fee). */
		DISBURSEMENT(11),
		/** Debits portfolio, credits fee income: the part of the principal the lender kept as its fee. */
		ORIGINATION_FEE(12),
		/** Debits funding, credits portfolio: principal repaid. */
		PRINCIPAL_REPAID(13),
		/** Debits funding, credits interest income: interest paid. */
		INTEREST_PAID(14),
		/** Debits fees receivable, credits late fee income: a late fee charged. */
		LATE_FEE_CHARGED(15),
		/** Debits funding, credits fees receivable: a late fee paid. */
		LATE_FEE_PAID(16),
		/**
		 * Debits card clearing, credits funding: a repayment paid by card is held by the processor, not yet in
		 * the lender's funding account, until it pays out.
		 */
		CARD_REPAYMENT_CLEARED(17);

		private final int code;

		Movement(int code) {
			this.code = code;
		}

		public int code() {
			return code;
		}
	}

	private LendingAccounts() {
	}

	public static AccountId account(TenantId lender, Role role, Currency currency) {
		String name = "plaza.lending.account:" + lender + ":" + role.name().toLowerCase(Locale.ROOT) + ":"
				+ currency.getCurrencyCode();
		return new AccountId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
	}

	/** The lender's accounts in the currency, to open. */
	public static List<LedgerAccount> of(TenantId lender, Currency currency) {
		return List.of(Role.values())
			.stream()
			.map(role -> new LedgerAccount(account(lender, role, currency), currency, role.code()))
			.toList();
	}
}
