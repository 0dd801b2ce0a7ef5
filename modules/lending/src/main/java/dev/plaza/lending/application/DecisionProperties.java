package dev.plaza.lending.application;

import java.time.Duration;

import dev.plaza.lending.domain.CreditPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deciding lenders' copies of applications ({@code plaza.lending.decisions}).
 *
 * @param concurrency copies one instance decides at once (each on a virtual thread, mostly waiting
 *     for the bureau): with a bureau answering in 100 ms, 64 decide some 600 a second
 * @param lease how long a claim holds copies; a dead process's claims come back after it
 * @param pollInterval how long an idle worker waits before looking for copies again
 * @param maxAttempts bureau checks that found it unavailable before a person decides
 * @param retryBase the wait after the first unavailable check, doubled after each further one
 * @param policy how credit reports are judged
 */
@ConfigurationProperties("plaza.lending.decisions")
public record DecisionProperties(@DefaultValue("64") int concurrency, @DefaultValue("60s") Duration lease,
		@DefaultValue("50ms") Duration pollInterval, @DefaultValue("5") int maxAttempts,
		@DefaultValue("2s") Duration retryBase, @DefaultValue Policy policy) {

	/**
	 * @param minimumScore scores below it are declined
	 * @param borderlineScore scores from the minimum up to this one (excluded) go to manual review
	 * @param maxInquiries credit checks in six months beyond which an applicant is declined
	 * @param incomeShareBasisPoints the share of monthly income that debt service may take
	 * @param debtShareBasisPoints the share of open debts counted as paid each month
	 */
	public record Policy(@DefaultValue("580") int minimumScore, @DefaultValue("640") int borderlineScore,
			@DefaultValue("6") int maxInquiries, @DefaultValue("4000") int incomeShareBasisPoints,
			@DefaultValue("300") int debtShareBasisPoints) {

		public CreditPolicy creditPolicy() {
			return new CreditPolicy(minimumScore, borderlineScore, maxInquiries, incomeShareBasisPoints, debtShareBasisPoints);
		}
	}

	/** The wait before the next check after {@code attempts} unavailable ones: 2 s, 4 s, 8 s… */
	public Duration retryAfter(int attempts) {
		return retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
	}
}
