package dev.plaza.lending.web;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.plaza.lending.domain.Amortization;
import dev.plaza.lending.domain.DayCount;
import dev.plaza.lending.domain.LoanProduct;
import dev.plaza.lending.domain.RepaymentFrequency;
import dev.plaza.lending.domain.TermCodes;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A loan product as a lender sends it. Every field is checked at once, so one answer lists everything
 * to fix; only {@code eligibilityRuleSet} may be null. Amounts in minor units, rates in basis points.
 */
record LoanProductRequest(@Schema(example = "PERSONAL-12") String code, String name,
		@Schema(example = "EUR") String currency, Long minAmount, Long maxAmount, List<Integer> termsMonths,
		Integer annualRateBasisPoints,
		@Schema(allowableValues = { "declining_balance", "equal_principal", "flat" }) String amortization,
		@Schema(allowableValues = { "30/360", "actual/365" }) String dayCount,
		@Schema(allowableValues = { "monthly", "biweekly", "weekly" }) String repaymentFrequency, Integer graceMonths,
		Integer originationFeeBasisPoints, Long lateFee,
		@Schema(nullable = true, example = "loan-eligibility") String eligibilityRuleSet) {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	static final int MAX_NAME = 200;

	/** Far above any loan, far below where interest on it overflows a long. */
	static final long MAX_AMOUNT = 1_000_000_000_000L;

	static final int MAX_TERMS = 60;

	static final int MAX_MONTHS = 600;

	/** The product, or a 400 naming every field to fix. */
	LoanProduct validated() {
		List<FieldError> found = new ArrayList<>();
		if (code == null || !CODE.matcher(code).matches()) {
			found.add(new FieldError("code", "must be 1 to 64 letters, digits, dots, underscores or hyphens, starting with a "
					+ "letter or digit, such as PERSONAL-12"));
		}
		if (name == null || name.isBlank() || name.length() > MAX_NAME) {
			found.add(new FieldError("name", "must be given, at most " + MAX_NAME + " characters"));
		}
		if (currency == null || !knownCurrency(currency)) {
			found.add(new FieldError("currency", "must be an ISO 4217 currency code such as EUR"));
		}
		amount("minAmount", minAmount, found);
		amount("maxAmount", maxAmount, found);
		if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
			found.add(new FieldError("maxAmount", "must be at least minAmount (" + minAmount + ")"));
		}
		terms(found);
		if (annualRateBasisPoints == null || annualRateBasisPoints < 0 || annualRateBasisPoints > 100_000) {
			found.add(new FieldError("annualRateBasisPoints", "must be given, from 0 (0 %) to 100000 (1000 %); 1200 is 12 %"));
		}
		Optional<Amortization> amortized = amortization == null ? Optional.empty() : TermCodes.amortization(amortization);
		if (amortized.isEmpty()) {
			found.add(new FieldError("amortization", "must be one of "
					+ TermCodes.codes(Amortization.values(), Amortization::code)));
		}
		Optional<DayCount> counted = dayCount == null ? Optional.empty() : TermCodes.dayCount(dayCount);
		if (counted.isEmpty()) {
			found.add(new FieldError("dayCount", "must be one of " + TermCodes.codes(DayCount.values(), DayCount::code)));
		}
		Optional<RepaymentFrequency> frequency = repaymentFrequency == null ? Optional.empty()
				: TermCodes.repaymentFrequency(repaymentFrequency);
		if (frequency.isEmpty()) {
			found.add(new FieldError("repaymentFrequency", "must be one of "
					+ TermCodes.codes(RepaymentFrequency.values(), RepaymentFrequency::code)));
		}
		grace(found);
		if (originationFeeBasisPoints == null || originationFeeBasisPoints < 0 || originationFeeBasisPoints > 5_000) {
			found.add(new FieldError("originationFeeBasisPoints", "must be given, from 0 to 5000 (50 %); 150 is 1.5 %"));
		}
		if (lateFee == null || lateFee < 0 || lateFee > MAX_AMOUNT) {
			found.add(new FieldError("lateFee", "must be given, from 0 to " + MAX_AMOUNT + " minor units"));
		}
		if (eligibilityRuleSet != null && (eligibilityRuleSet.isBlank() || eligibilityRuleSet.length() > 64)) {
			found.add(new FieldError("eligibilityRuleSet", "must name a rule set, such as loan-eligibility, or be null"));
		}
		Problem.refuseIfAny(found);
		return new LoanProduct(code, name.strip(), Currency.getInstance(currency), minAmount, maxAmount, termsMonths,
				annualRateBasisPoints, amortized.orElseThrow(), counted.orElseThrow(), frequency.orElseThrow(), graceMonths,
				originationFeeBasisPoints, lateFee, Optional.ofNullable(eligibilityRuleSet));
	}

	private static void amount(String field, Long amount, List<FieldError> found) {
		if (amount == null || amount < 1 || amount > MAX_AMOUNT) {
			found.add(new FieldError(field, "must be given, from 1 to " + MAX_AMOUNT + " minor units (100000 EUR is 1,000.00 €)"));
		}
	}

	private void terms(List<FieldError> found) {
		if (termsMonths == null || termsMonths.isEmpty() || termsMonths.size() > MAX_TERMS) {
			found.add(new FieldError("termsMonths", "must list 1 to " + MAX_TERMS + " terms in months, such as [12, 24, 36]"));
			return;
		}
		if (termsMonths.stream().anyMatch(term -> term == null || term < 1 || term > MAX_MONTHS)) {
			found.add(new FieldError("termsMonths", "must hold whole months from 1 to " + MAX_MONTHS));
		}
		else if (new HashSet<>(termsMonths).size() < termsMonths.size()) {
			found.add(new FieldError("termsMonths", "lists a term more than once; list each once"));
		}
	}

	private void grace(List<FieldError> found) {
		if (graceMonths == null || graceMonths < 0) {
			found.add(new FieldError("graceMonths", "must be given, 0 or more months"));
		}
		else if (termsMonths != null && termsMonths.stream().anyMatch(term -> term != null && term <= graceMonths)) {
			found.add(new FieldError("graceMonths", "must be shorter than every term in termsMonths, so that each term "
					+ "leaves months to repay the principal in"));
		}
	}

	private static boolean knownCurrency(String code) {
		if (!code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}
}
