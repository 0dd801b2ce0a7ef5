package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.OfferId;
import org.junit.jupiter.api.Test;

/** A repayment decided in memory from the loan and its open installments only. */
class LoanRepaymentTest {

	private static final LoanTerms TERMS = new LoanTerms(1_000_000, 1200, 12, Amortization.DECLINING_BALANCE,
			DayCount.THIRTY_360, RepaymentFrequency.MONTHLY, 0, LocalDate.of(2027, 1, 15));

	private final Loan loan = new Loan(new LoanId(UUID.randomUUID()), new OfferId(UUID.randomUUID()),
			new LoanProductId(UUID.randomUUID()), "Ana", "ana@example.com", Currency.getInstance("EUR"), 1_000_000, 0, 1200,
			TERMS.amortization(), TERMS.dayCount(), TERMS.frequency(), 12, 0, 0, ZoneId.of("Europe/Madrid"), TERMS.start(),
			"active", 1_000_000, 0, 0, "current", TERMS.start(), Instant.now(), null);

	private final List<LoanInstallment> open = Schedule.of(TERMS)
		.installments()
		.stream()
		.map(installment -> new LoanInstallment(installment.number(), installment.dueDate(), installment.principal(),
				installment.interest(), 0, 0, 0, 0, LoanInstallment.PENDING, null))
		.toList();

	@Test
	void thePayoffPaysEveryInstallmentAndForgivesInterestNotYetEarned() {
		LocalDate day = LocalDate.of(2027, 2, 1);
		long payoff = LoanRepayment.payoff(loan, open, day).amount();

		LoanRepayment paid = LoanRepayment.of(loan, open, payoff, day, PrepaymentChoice.SHORTER_TERM);

		assertThat(paid.closed()).isTrue();
		assertThat(paid.outstandingPrincipal()).isZero();
		assertThat(paid.changed()).hasSize(12).allSatisfy(installment -> {
			assertThat(installment.status()).isEqualTo(LoanInstallment.PAID);
			assertThat(installment.paid()).isEqualTo(installment.total());
		});
		assertThat(paid.changed().getFirst().interest()).isEqualTo(5_333);
		assertThat(paid.changed().get(1).interest()).isZero();
	}

	@Test
	void anOverpaymentForAShorterTermDropsTheLastInstallments() {
		LoanRepayment paid = LoanRepayment.of(loan, open, 88_849 + 200_000, LocalDate.of(2027, 1, 20),
				PrepaymentChoice.SHORTER_TERM);

		assertThat(paid.parts()).extracting(Allocation.Part::installment).containsExactly(1);
		assertThat(paid.prepayment()).isEqualTo(200_000);
		assertThat(paid.dropped()).containsExactly(11, 12);
		assertThat(paid.outstandingPrincipal()).isEqualTo(1_000_000 - 78_849 - 200_000);
		assertThat(paid.closed()).isFalse();
	}

	@Test
	void lessThanAnInstallmentLeavesItOpen() {
		LoanRepayment paid = LoanRepayment.of(loan, open, 5_000, LocalDate.of(2027, 2, 20), PrepaymentChoice.SHORTER_TERM);

		assertThat(paid.parts()).containsExactly(new Allocation.Part(1, 0, 5_000, 0));
		assertThat(paid.changed().getFirst().status()).isEqualTo(LoanInstallment.PENDING);
		assertThat(paid.outstandingPrincipal()).isEqualTo(1_000_000);
	}
}
