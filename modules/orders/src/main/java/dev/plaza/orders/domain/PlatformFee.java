package dev.plaza.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.plaza.platform.Money;

/**
 * The platform's share of what a customer pays, in basis points (300 = 3 %), rounded half-even. A
 * refund takes back the same share of itself, so a full refund takes back exactly the whole fee.
 */
public record PlatformFee(int basisPoints) {

	public PlatformFee {
		if (basisPoints < 0 || basisPoints > 10_000) {
			throw new IllegalArgumentException("A platform fee is 0 to 10000 basis points, not " + basisPoints);
		}
	}

	public Money of(Money paid) {
		return share(paid, BigDecimal.valueOf(basisPoints), BigDecimal.valueOf(10_000));
	}

	/** The fee given back with {@code refund} out of a payment of {@code paid} that was charged {@code fee}. */
	public static Money refundedWith(Money refund, Money paid, Money fee) {
		return share(refund, BigDecimal.valueOf(fee.amount()), BigDecimal.valueOf(paid.amount()));
	}

	private static Money share(Money of, BigDecimal numerator, BigDecimal denominator) {
		long amount = BigDecimal.valueOf(of.amount()).multiply(numerator).divide(denominator, 0, RoundingMode.HALF_EVEN)
			.longValueExact();
		return new Money(amount, of.currency());
	}
}
