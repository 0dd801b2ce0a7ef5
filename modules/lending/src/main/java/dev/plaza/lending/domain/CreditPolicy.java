package dev.plaza.lending.domain;

import java.util.List;
import java.util.Optional;

/**
 * How a lender judges a credit report. Each rule has a name and is checked on its own; any rule that
 * refuses declines the copy with every refusing rule's reason, and otherwise a score in the borderline
 * band sends it to a person.
 *
 * @param minimumScore scores below it are declined
 * @param borderlineScore scores from the minimum up to (not including) this one go to manual review
 * @param maxInquiries more credit checks than this in six months are declined
 * @param incomeShareBasisPoints the share of monthly income that debt service may take (4000 = 40 %)
 * @param debtShareBasisPoints the share of open debts counted as paid each month (300 = 3 %)
 */
public record CreditPolicy(int minimumScore, int borderlineScore, int maxInquiries, int incomeShareBasisPoints,
		int debtShareBasisPoints) {

	public CreditPolicy {
		if (borderlineScore < minimumScore) {
			throw new IllegalArgumentException("the borderline band starts at the minimum score: " + minimumScore
					+ " > " + borderlineScore);
		}
	}

	/**
	 * @param monthlyIncome the applicant's net monthly income, in minor units
	 * @param monthlyInstallment what the offered loan costs a month, in minor units
	 */
	public Decision decide(CreditReport report, long monthlyIncome, long monthlyInstallment) {
		List<Reason> refusals = List.of(minimumScore(report), noDefaults(report), tooManyInquiries(report),
				affordability(report, monthlyIncome, monthlyInstallment))
			.stream()
			.flatMap(Optional::stream)
			.toList();
		if (!refusals.isEmpty()) {
			return new Decision.Declined(refusals);
		}
		return borderlineScore(report).<Decision>map(reason -> new Decision.ManualReview(List.of(reason)))
			.orElseGet(Decision.Approved::new);
	}

	/** MinimumScore: the bureau's score is at least the lender's floor. */
	Optional<Reason> minimumScore(CreditReport report) {
		return report.score() < minimumScore ? Optional.of(new Reason("score_too_low",
				"Your credit score (" + report.score() + ") is below the " + minimumScore + " this lender requires."))
				: Optional.empty();
	}

	/** NoDefaults: the applicant never defaulted on a loan. */
	Optional<Reason> noDefaults(CreditReport report) {
		return report.defaults() > 0 ? Optional.of(new Reason("past_defaults",
				"The credit bureau records " + report.defaults() + " loan(s) you defaulted on.")) : Optional.empty();
	}

	/** TooManyInquiries: not more credit checks in six months than the lender accepts. */
	Optional<Reason> tooManyInquiries(CreditReport report) {
		return report.inquiries() > maxInquiries ? Optional.of(new Reason("too_many_inquiries",
				"You applied for credit " + report.inquiries() + " times in the last six months; this lender accepts at most "
						+ maxInquiries + "."))
				: Optional.empty();
	}

	/** Affordability: the installment and a share of open debts fit within a share of monthly income. */
	Optional<Reason> affordability(CreditReport report, long monthlyIncome, long monthlyInstallment) {
		long debtService = monthlyInstallment + Math.ceilDiv(report.openDebts() * debtShareBasisPoints, 10_000L);
		long affordable = monthlyIncome * incomeShareBasisPoints / 10_000L;
		return debtService > affordable ? Optional.of(new Reason("not_affordable",
				"The installment with your other debts would take more than " + incomeShareBasisPoints / 100
						+ " % of your monthly income."))
				: Optional.empty();
	}

	/** BorderlineScore: a score just above the floor is for a person to judge. */
	Optional<Reason> borderlineScore(CreditReport report) {
		return report.score() < borderlineScore ? Optional.of(new Reason("borderline_score",
				"The credit score (" + report.score() + ") lies in the band from " + minimumScore + " to "
						+ (borderlineScore - 1) + " that an operator reviews."))
				: Optional.empty();
	}
}
