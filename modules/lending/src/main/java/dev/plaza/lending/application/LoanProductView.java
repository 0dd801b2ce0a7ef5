package dev.plaza.lending.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.domain.LoanProduct;
import dev.plaza.lending.persistence.StoredLoanProduct;
import io.swagger.v3.oas.annotations.media.Schema;

/** A loan product as the API answers it: as stored, with its id and the lender's country. Amounts in minor units. */
public record LoanProductView(UUID id, String code, String name, String country, String currency, long minAmount,
		long maxAmount, List<Integer> termsMonths, int annualRateBasisPoints, String amortization, String dayCount,
		String repaymentFrequency, int graceMonths, int originationFeeBasisPoints, long lateFee,
		@Schema(nullable = true) String eligibilityRuleSet, Instant createdAt) {

	static LoanProductView of(StoredLoanProduct stored) {
		LoanProduct product = stored.product();
		return new LoanProductView(stored.id(), product.code(), product.name(), stored.country(),
				product.currency().getCurrencyCode(), product.minAmount(), product.maxAmount(), product.termsMonths(),
				product.annualRateBasisPoints(), product.amortization().code(), product.dayCount().code(),
				product.repaymentFrequency().code(), product.graceMonths(), product.originationFeeBasisPoints(),
				product.lateFee(), product.eligibilityRuleSet().orElse(null), stored.createdAt());
	}
}
