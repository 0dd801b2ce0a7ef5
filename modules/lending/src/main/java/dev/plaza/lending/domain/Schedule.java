package dev.plaza.lending.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A loan's installments, computed from its terms. Amounts are whole minor units rounded half-even;
 * rounding never loses a unit: the principal parts add up to the amount lent, the last installment
 * (or, for equal principal, the last few) taking what rounding left over.
 */
public record Schedule(List<Installment> installments) {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	public Schedule {
		installments = List.copyOf(installments);
	}

	public static Schedule of(LoanTerms terms) {
		return new Schedule(switch (terms.amortization()) {
			case DECLINING_BALANCE -> decliningBalance(terms);
			case EQUAL_PRINCIPAL -> equalPrincipal(terms);
			case FLAT -> flat(terms);
		});
	}

	public long totalInterest() {
		return installments.stream().mapToLong(Installment::interest).sum();
	}

	public long totalRepaid() {
		return installments.stream().mapToLong(Installment::total).sum();
	}

	/** The annuity: one installment, A = P·i / (1 − (1 + i)^−n), for the periods after the grace. */
	private static List<Installment> decliningBalance(LoanTerms terms) {
		int repaying = terms.installments() - terms.gracePeriods();
		BigDecimal i = periodRate(terms);
		long installment = i.signum() == 0 ? divide(terms.amount(), repaying)
				: round(BigDecimal.valueOf(terms.amount())
					.multiply(i)
					.divide(BigDecimal.ONE.subtract(BigDecimal.ONE.add(i).pow(-repaying, PRECISION)), PRECISION));
		return build(terms, (number, balance, interest) -> Math.min(balance, Math.max(0, installment - interest)));
	}

	/** Equal principal parts; the {@code amount mod n} last installments carry one unit more. */
	private static List<Installment> equalPrincipal(LoanTerms terms) {
		int repaying = terms.installments() - terms.gracePeriods();
		long part = terms.amount() / repaying;
		long remainder = terms.amount() % repaying;
		return build(terms, (number, balance, interest) -> {
			int k = number - terms.gracePeriods();
			return part + (k > repaying - remainder ? 1 : 0);
		});
	}

	/** Interest on the amount lent for the whole term, in equal parts; the principal in equal parts too. */
	private static List<Installment> flat(LoanTerms terms) {
		int n = terms.installments();
		int repaying = n - terms.gracePeriods();
		long totalInterest = round(BigDecimal.valueOf(terms.amount())
			.multiply(rate(terms))
			.multiply(BigDecimal.valueOf(terms.termMonths()))
			.divide(BigDecimal.valueOf(12), PRECISION));
		long interestPart = totalInterest / n;
		long principalPart = terms.amount() / repaying;
		List<Installment> installments = new ArrayList<>();
		long balance = terms.amount();
		for (int number = 1; number <= n; number++) {
			boolean last = number == n;
			long interest = last ? totalInterest - interestPart * (n - 1) : interestPart;
			long principal = number <= terms.gracePeriods() ? 0 : last ? balance : principalPart;
			balance -= principal;
			installments.add(new Installment(number, terms.frequency().dueDate(terms.start(), number), principal, interest, 0,
					balance));
		}
		return installments;
	}

	/** What part of an installment repays principal, given the balance before it and its interest. */
	private interface PrincipalPart {

		long of(int number, long balance, long interest);
	}

	/** Interest on the balance over each period's year fraction; principal as the amortization says. */
	private static List<Installment> build(LoanTerms terms, PrincipalPart principalPart) {
		List<Installment> installments = new ArrayList<>();
		long balance = terms.amount();
		LocalDate from = terms.start();
		int n = terms.installments();
		for (int number = 1; number <= n; number++) {
			LocalDate due = terms.frequency().dueDate(terms.start(), number);
			long interest = round(BigDecimal.valueOf(balance)
				.multiply(rate(terms))
				.multiply(terms.dayCount().yearFraction(terms.frequency(), from, due)));
			long principal = number <= terms.gracePeriods() ? 0
					: number == n ? balance : Math.min(balance, principalPart.of(number, balance, interest));
			balance -= principal;
			installments.add(new Installment(number, due, principal, interest, 0, balance));
			from = due;
		}
		return installments;
	}

	private static BigDecimal rate(LoanTerms terms) {
		return BigDecimal.valueOf(terms.annualRateBasisPoints(), 4);
	}

	private static BigDecimal periodRate(LoanTerms terms) {
		return rate(terms).multiply(terms.dayCount().nominalFraction(terms.frequency()), PRECISION);
	}

	private static long round(BigDecimal amount) {
		return amount.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
	}

	private static long divide(long amount, int parts) {
		return round(BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(parts), PRECISION));
	}
}
