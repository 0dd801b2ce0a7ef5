package dev.plaza.lending.domain;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lender's loan product once its fields are checked: what the lender lends, for how long and at
 * what price. Amounts in minor units of {@code currency}, rates and fees in basis points (1200 = 12 %).
 *
 * @param termsMonths the terms an applicant may choose, in ascending order
 * @param graceMonths months at the start in which installments pay interest only; shorter than every term
 * @param eligibilityRuleSet the rule set of the lender's country configuration applications are checked
 *     against before the bureau, if any
 */
public record LoanProduct(String code, String name, Currency currency, long minAmount, long maxAmount,
		List<Integer> termsMonths, int annualRateBasisPoints, Amortization amortization, DayCount dayCount,
		RepaymentFrequency repaymentFrequency, int graceMonths, int originationFeeBasisPoints, long lateFee,
		Optional<String> eligibilityRuleSet) {

	public LoanProduct {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(amortization, "amortization");
		Objects.requireNonNull(dayCount, "dayCount");
		Objects.requireNonNull(repaymentFrequency, "repaymentFrequency");
		Objects.requireNonNull(eligibilityRuleSet, "eligibilityRuleSet");
		termsMonths = termsMonths.stream().sorted().toList();
	}

	public int shortestTerm() {
		return termsMonths.getFirst();
	}

	public int longestTerm() {
		return termsMonths.getLast();
	}

	/** Whether an application for this amount and term, in this currency, is one the product lends. */
	public boolean fits(Currency currency, long amount, int termMonths) {
		return this.currency.equals(currency) && amount >= minAmount && amount <= maxAmount
				&& termsMonths.contains(termMonths);
	}
}
