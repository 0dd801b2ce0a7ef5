package dev.plaza.lending.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.domain.Amortization;
import dev.plaza.lending.domain.Applicant;
import dev.plaza.lending.domain.DayCount;
import dev.plaza.lending.domain.LoanTerms;
import dev.plaza.lending.domain.RepaymentFrequency;
import dev.plaza.platform.TenantId;

/**
 * A lender's copy of an application, with what its product lends on: all a decision needs.
 *
 * @param applicant {@code null} once the copy dropped the applicant's personal data
 * @param lease the claim's end, which identifies the claim: only its holder records an outcome
 */
public record DecisionCopy(UUID id, TenantId lender, LoanApplicationId application, String country, String currency,
		long amount, int termMonths, String purpose, Applicant applicant, int attempts, Instant lease, Product product) {

	public DecisionCopy {
		Objects.requireNonNull(product, "product");
	}

	/** The product's terms, as an offer needs them. */
	public record Product(LoanProductId id, long minAmount, long maxAmount, List<Integer> termsMonths,
			int annualRateBasisPoints, Amortization amortization, DayCount dayCount, RepaymentFrequency frequency,
			int graceMonths, int originationFeeBasisPoints, long lateFee, String eligibilityRuleSet) {

		public Product {
			termsMonths = List.copyOf(termsMonths);
		}

		/** The product's terms at that amount, term and rate, starting on that day. */
		public LoanTerms terms(long amount, int termMonths, int annualRateBasisPoints, java.time.LocalDate start) {
			return new LoanTerms(amount, annualRateBasisPoints, termMonths, amortization, dayCount, frequency, graceMonths,
					start);
		}
	}
}
