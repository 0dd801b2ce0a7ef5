package dev.plaza.inventory.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why on-hand stock changed. Each reason moves stock one way or either way: a delivery is
 * received, a damaged unit leaves, a count or a correction may go either way. {@link #SOLD} is
 * recorded by Plaza itself when a reservation is committed; staff cannot give it.
 */
public enum AdjustmentReason {

	RECEIVED(Direction.IN), COUNTED(Direction.EITHER), DAMAGED(Direction.OUT), RETURNED(Direction.IN),
	CORRECTION(Direction.EITHER), SOLD(Direction.OUT);

	enum Direction {
		IN, OUT, EITHER
	}

	private final Direction direction;

	AdjustmentReason(Direction direction) {
		this.direction = direction;
	}

	/** The lowercase name used in JSON, such as {@code received}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean allows(long delta) {
		return switch (direction) {
			case IN -> delta > 0;
			case OUT -> delta < 0;
			case EITHER -> delta != 0;
		};
	}

	/** Which way the reason moves stock, for messages: "positive", "negative" or "non-zero". */
	public String allowedSign() {
		return switch (direction) {
			case IN -> "positive";
			case OUT -> "negative";
			case EITHER -> "non-zero";
		};
	}

	/** The reason staff may give with this code; never {@link #SOLD}. */
	public static Optional<AdjustmentReason> givenByStaff(String code) {
		return Arrays.stream(values()).filter(reason -> reason != SOLD && reason.code().equals(code)).findFirst();
	}

	public static List<String> staffCodes() {
		return Arrays.stream(values()).filter(reason -> reason != SOLD).map(AdjustmentReason::code).toList();
	}

	public static AdjustmentReason ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}
}
