package dev.plaza.lending.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads a product's terms from their API spelling ({@code declining_balance}, {@code 30/360}, {@code monthly}). */
public final class TermCodes {

	private TermCodes() {
	}

	public static Optional<Amortization> amortization(String code) {
		return find(Amortization.values(), Amortization::code, code);
	}

	public static Optional<DayCount> dayCount(String code) {
		return find(DayCount.values(), DayCount::code, code);
	}

	public static Optional<RepaymentFrequency> repaymentFrequency(String code) {
		return find(RepaymentFrequency.values(), RepaymentFrequency::code, code);
	}

	/** Every spelling of the values, to tell a caller what may be sent. */
	public static <E> List<String> codes(E[] values, Function<E, String> code) {
		return Arrays.stream(values).map(code).toList();
	}

	private static <E> Optional<E> find(E[] values, Function<E, String> code, String wanted) {
		return Arrays.stream(values).filter(value -> code.apply(value).equals(wanted)).findFirst();
	}
}
