package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** A prepayment rewrites the pending installments: fewer of them, or smaller ones, never owing less or more than is left. */
class PrepaymentTest {

	private static final LoanTerms KNOWN = new LoanTerms(1_000_000, 1200, 12, Amortization.DECLINING_BALANCE,
			DayCount.THIRTY_360, RepaymentFrequency.MONTHLY, 0, LocalDate.of(2027, 1, 15));

	@Test
	void aShorterTermDropsTheLastInstallmentsAndKeepsTheNextOnes() {
		List<PendingInstallment> pending = pendingAfterFirst(KNOWN);

		List<PendingInstallment> after = prepayment(KNOWN).apply(pending, 200_000, PrepaymentChoice.SHORTER_TERM);

		assertThat(after).hasSize(pending.size() - 2);
		assertThat(after.getFirst().principal()).isEqualTo(pending.getFirst().principal());
		assertThat(after.getFirst().interest()).as("a month's 1 %% on the balance left: 7,211.51")
			.isEqualTo(7_212);
		assertThat(after.get(1).interest()).isLessThan(pending.get(1).interest());
	}

	@Test
	void aLowerInstallmentKeepsEveryDateAndLowersEveryInstallment() {
		List<PendingInstallment> pending = pendingAfterFirst(KNOWN);

		List<PendingInstallment> after = prepayment(KNOWN).apply(pending, 200_000, PrepaymentChoice.LOWER_INSTALLMENT);

		assertThat(after).extracting(PendingInstallment::dueDate)
			.containsExactlyElementsOf(pending.stream().map(PendingInstallment::dueDate).toList());
		assertThat(after).allSatisfy(installment -> assertThat(installment.principal() + installment.interest())
			.isLessThan(88_849));
	}

	@Test
	void aPrepaymentOfEverythingLeftIsAPayoffNotAPrepayment() {
		List<PendingInstallment> pending = pendingAfterFirst(KNOWN);
		long owed = pending.stream().mapToLong(PendingInstallment::principal).sum();

		assertThatThrownBy(() -> prepayment(KNOWN).apply(pending, owed, PrepaymentChoice.SHORTER_TERM))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Property
	void principalStillAddsUpToWhatIsOwedAndNothingIsNegative(@ForAll("terms") LoanTerms terms,
			@ForAll PrepaymentChoice choice, @ForAll @DoubleRange(min = 0.0, max = 0.99) double share) {
		List<PendingInstallment> pending = pendingAfterFirst(terms);
		long owed = pending.stream().mapToLong(PendingInstallment::principal).sum();
		long prepaid = Math.max(1, Math.min(owed - 1, (long) (owed * share)));

		List<PendingInstallment> after = prepayment(terms).apply(pending, prepaid, choice);

		assertThat(after.stream().mapToLong(PendingInstallment::principal).sum()).isEqualTo(owed - prepaid);
		assertThat(after).allSatisfy(installment -> {
			assertThat(installment.principal()).isNotNegative();
			assertThat(installment.interest()).isNotNegative();
		});
		assertThat(after).hasSizeLessThanOrEqualTo(pending.size());
		if (choice == PrepaymentChoice.LOWER_INSTALLMENT) {
			assertThat(after).hasSameSizeAs(pending);
		}
	}

	/** The installments after the first, as they are when the first was just paid. */
	private static List<PendingInstallment> pendingAfterFirst(LoanTerms terms) {
		return Schedule.of(terms)
			.installments()
			.stream()
			.skip(1)
			.map(installment -> new PendingInstallment(installment.number(), installment.dueDate(), installment.principal(),
					installment.interest()))
			.toList();
	}

	private static Prepayment prepayment(LoanTerms terms) {
		return new Prepayment(terms.annualRateBasisPoints(), terms.amortization(), terms.dayCount(), terms.frequency(),
				terms.frequency().dueDate(terms.start(), 1));
	}

	@Provide
	Arbitrary<LoanTerms> terms() {
		Arbitrary<Long> amounts = Arbitraries.longs().between(10_000, 100_000_000);
		Arbitrary<Integer> rates = Arbitraries.integers().between(0, 4000);
		Arbitrary<Integer> months = Arbitraries.integers().between(2, 120);
		return Combinators
			.combine(amounts, rates, months, Arbitraries.of(Amortization.class), Arbitraries.of(DayCount.class),
					Arbitraries.of(RepaymentFrequency.class), Arbitraries.integers().between(0, 6))
			.filter((amount, rate, term, amortization, dayCount, frequency, grace) -> grace < term
					&& frequency.periodsIn(term) - frequency.periodsIn(grace) > 1 && frequency.periodsIn(grace) >= 0)
			.as((amount, rate, term, amortization, dayCount, frequency, grace) -> new LoanTerms(amount, rate, term,
					amortization, dayCount, frequency, 0, LocalDate.of(2027, 1, 31)));
	}
}
