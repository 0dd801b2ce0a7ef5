package dev.plaza.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Says, as a validation error's {@code reason}, what a body field that could not be read must be. */
final class FieldReasons {

	private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(long.class, Long.class, int.class, Integer.class,
			short.class, Short.class, byte.class, Byte.class, BigInteger.class);

	private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class,
			BigDecimal.class);

	private static final Map<Class<?>, String> RANGES = Map.of(long.class, ranged(Long.MIN_VALUE, Long.MAX_VALUE),
			Long.class, ranged(Long.MIN_VALUE, Long.MAX_VALUE), int.class, ranged(Integer.MIN_VALUE, Integer.MAX_VALUE),
			Integer.class, ranged(Integer.MIN_VALUE, Integer.MAX_VALUE), short.class, ranged(Short.MIN_VALUE, Short.MAX_VALUE),
			Short.class, ranged(Short.MIN_VALUE, Short.MAX_VALUE));

	private FieldReasons() {
	}

	/** True for the failures {@link #of} explains: a field holding a value of the wrong type, range or text. */
	static boolean explains(Throwable failure) {
		return failure instanceof MismatchedInputException || failure instanceof InputCoercionException;
	}

	static String of(JacksonException failure) {
		if (failure instanceof TextWithoutNul.NulCharacterException) {
			return TextWithoutNul.REASON;
		}
		if (failure instanceof InputCoercionException range) {
			return RANGES.getOrDefault(range.getTargetType(), "is out of range");
		}
		Class<?> target = failure instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
		String got = failure instanceof InvalidFormatException format && format.getValue() != null
				? ", not " + format.getValue() : "";
		if (target == null) {
			return "has the wrong type or format: " + failure.getOriginalMessage();
		}
		if (WHOLE_NUMBERS.contains(target)) {
			return "must be a whole number written without quotes, decimals or exponent" + got;
		}
		if (NUMBERS.contains(target)) {
			return "must be a number written without quotes" + got;
		}
		if (target == boolean.class || target == Boolean.class) {
			return "must be true or false, without quotes" + got;
		}
		if (target == Instant.class) {
			return TimesAsText.REASON + got;
		}
		if (target == String.class) {
			return "must be a string in double quotes" + got;
		}
		if (Collection.class.isAssignableFrom(target) || target.isArray()) {
			return "must be a JSON array";
		}
		return "has the wrong type or format: " + failure.getOriginalMessage();
	}

	private static String ranged(long min, long max) {
		return "is out of range: it must be a whole number from " + min + " to " + max;
	}
}
