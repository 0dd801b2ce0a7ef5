package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditPolicyTest {

	private static final CreditPolicy POLICY = new CreditPolicy(580, 640, 6, 4000, 300);

	private static final long INCOME = 300_000;

	private static final long INSTALLMENT = 88_849;

	@Test
	void aGoodReportWithRoomInTheBudgetIsApproved() {
		assertThat(POLICY.decide(new CreditReport(720, 100_000, 0, 1), INCOME, INSTALLMENT))
			.isInstanceOf(Decision.Approved.class);
	}

	@Test
	void aScoreBelowTheMinimumIsDeclinedSayingSo() {
		Decision decision = POLICY.decide(new CreditReport(579, 0, 0, 0), INCOME, INSTALLMENT);

		assertThat(decision).isEqualTo(new Decision.Declined(java.util.List.of(new Reason("score_too_low",
				"Your credit score (579) is below the 580 this lender requires."))));
	}

	@Test
	void aDefaultDeclinesWhateverTheScore() {
		assertThat(codes(POLICY.decide(new CreditReport(800, 0, 1, 0), INCOME, INSTALLMENT))).containsExactly("past_defaults");
	}

	@Test
	void tooManyInquiriesDecline() {
		assertThat(codes(POLICY.decide(new CreditReport(800, 0, 0, 6), INCOME, INSTALLMENT))).isEmpty();
		assertThat(codes(POLICY.decide(new CreditReport(800, 0, 0, 7), INCOME, INSTALLMENT)))
			.containsExactly("too_many_inquiries");
	}

	@Test
	void theInstallmentAndAShareOfOpenDebtsMustFitFortyPercentOfIncome() {
		// 40 % of 3,000.00 is 1,200.00: 888.49 plus 3 % of 10,000.00 (300.00) fits, of 11,200.00 (336.00) does not.
		assertThat(POLICY.decide(new CreditReport(800, 1_000_000, 0, 0), INCOME, INSTALLMENT))
			.isInstanceOf(Decision.Approved.class);
		assertThat(codes(POLICY.decide(new CreditReport(800, 1_120_000, 0, 0), INCOME, INSTALLMENT)))
			.containsExactly("not_affordable");
	}

	@Test
	void everyRefusingRuleIsNamed() {
		assertThat(codes(POLICY.decide(new CreditReport(400, 0, 2, 9), INCOME, INSTALLMENT)))
			.containsExactly("score_too_low", "past_defaults", "too_many_inquiries");
	}

	@Test
	void aScoreInTheBorderlineBandGoesToAPerson() {
		assertThat(POLICY.decide(new CreditReport(580, 0, 0, 0), INCOME, INSTALLMENT))
			.isInstanceOf(Decision.ManualReview.class);
		assertThat(POLICY.decide(new CreditReport(639, 0, 0, 0), INCOME, INSTALLMENT))
			.isInstanceOf(Decision.ManualReview.class);
		assertThat(POLICY.decide(new CreditReport(640, 0, 0, 0), INCOME, INSTALLMENT))
			.isInstanceOf(Decision.Approved.class);
	}

	@Test
	void aBorderlineScoreThatAlsoBreaksARuleIsDeclined() {
		assertThat(codes(POLICY.decide(new CreditReport(600, 0, 1, 0), INCOME, INSTALLMENT))).containsExactly("past_defaults");
	}

	private static java.util.List<String> codes(Decision decision) {
		return decision instanceof Decision.Declined declined ? declined.reasons().stream().map(Reason::code).toList()
				: java.util.List.of();
	}
}
