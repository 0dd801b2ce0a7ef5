package dev.plaza.rules.cel;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;

/**
 * Brings an input, as JSON or a Java caller gives it, to the values its declared fields have in CEL: whole
 * numbers as {@code long}, instants as {@link Instant}. A field the type does not declare, or a value of the
 * wrong type, is refused naming it; a field left out or {@code null} is absent ({@code has()} is false).
 * Strings and lists are bounded so an input cannot make a rule's evaluation costly: past the bound, no rule
 * is evaluated and the input fails.
 */
final class InputConformance {

	static final int MAX_STRING_LENGTH = 10_000;

	static final int MAX_LIST_SIZE = 1_000;

	private InputConformance() {
	}

	/**
	 * The input as rules read it, and the fields too large to evaluate rules on: those are not refused (a bulk
	 * file may hold one), the rule set fails on them instead.
	 *
	 * @throws Problem {@link RuleProblems#INVALID_RULE_INPUT} naming each wrong field, such as
	 *     {@code applicant.iban}
	 */
	static Conformed conform(String variable, InputType type, Map<String, ?> input) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, Object> conformed = conform(variable, type, input, errors);
		List<FieldError> invalid = errors.stream().filter(error -> error.rule() != Bound.TOO_LARGE).toList();
		if (!invalid.isEmpty()) {
			throw Problem.invalidFields(RuleProblems.INVALID_RULE_INPUT, invalid);
		}
		return new Conformed(conformed, errors.stream().filter(error -> error.rule() == Bound.TOO_LARGE).toList());
	}

	/** @param tooLarge the fields over {@link #MAX_STRING_LENGTH} or {@link #MAX_LIST_SIZE} */
	record Conformed(Map<String, Object> values, List<FieldError> tooLarge) {
	}

	/** A value well typed but past what rules are evaluated on. */
	private enum Bound implements FieldError.Rule {
		TOO_LARGE
	}

	private static Map<String, Object> conform(String path, InputType type, Map<?, ?> input, List<FieldError> errors) {
		Map<String, Object> conformed = HashMap.newHashMap(input.size());
		input.forEach((key, value) -> {
			String field = String.valueOf(key);
			FieldType declared = type.fields().get(field);
			if (declared == null) {
				errors.add(new FieldError(path + "." + field,
						"is not a field of " + type.name() + "; its fields are " + type.fields().keySet()));
			}
			else if (value != null) {
				Object cel = value(path + "." + field, declared, value, errors);
				if (cel != null) {
					conformed.put(field, cel);
				}
			}
		});
		return conformed;
	}

	private static Object value(String path, FieldType type, Object value, List<FieldError> errors) {
		Object cel = switch (type) {
			case FieldType.ListOf list -> list(path, list.element(), value, errors);
			case FieldType.Scalar scalar when scalar == FieldType.STRING -> string(value);
			case FieldType.Scalar scalar when scalar == FieldType.INT -> whole(value);
			case FieldType.Scalar scalar -> instant(value);
		};
		if (cel == null) {
			errors.add(new FieldError(path, "must be " + described(type) + ", got " + shown(value)));
		}
		else if (cel instanceof String text && text.length() > MAX_STRING_LENGTH) {
			errors.add(new FieldError(path, "is longer than " + MAX_STRING_LENGTH + " characters", Bound.TOO_LARGE));
			return null;
		}
		return cel;
	}

	private static Object list(String path, InputType element, Object value, List<FieldError> errors) {
		if (!(value instanceof List<?> items)) {
			return null;
		}
		if (items.size() > MAX_LIST_SIZE) {
			errors.add(new FieldError(path, "holds more than " + MAX_LIST_SIZE + " items", Bound.TOO_LARGE));
			return List.of();
		}
		List<Object> conformed = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof Map<?, ?> item) {
				conformed.add(conform(path + "[" + i + "]", element, item, errors));
			}
			else {
				errors.add(new FieldError(path + "[" + i + "]", "must be an object with the fields of " + element.name()
						+ " " + element.fields().keySet() + ", got " + shown(items.get(i))));
			}
		}
		return conformed;
	}

	private static String string(Object value) {
		return value instanceof String text ? text : null;
	}

	private static Long whole(Object value) {
		return switch (value) {
			case Long number -> number;
			case Integer number -> number.longValue();
			case Short number -> number.longValue();
			case BigInteger number when number.bitLength() < 64 -> number.longValue();
			default -> null;
		};
	}

	private static Instant instant(Object value) {
		return switch (value) {
			case Instant instant -> instant;
			case OffsetDateTime time -> time.toInstant();
			case LocalDate date -> date.atStartOfDay(ZoneOffset.UTC).toInstant();
			case String text -> parsed(text);
			default -> null;
		};
	}

	private static Instant parsed(String text) {
		try {
			return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
					: OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String described(FieldType type) {
		return switch (type) {
			case FieldType.ListOf list -> "a list of objects with the fields of " + list.element().name() + " "
					+ list.element().fields().keySet();
			case FieldType.Scalar scalar when scalar == FieldType.STRING -> "a string";
			case FieldType.Scalar scalar when scalar == FieldType.INT -> "a whole number (amounts in minor units)";
			case FieldType.Scalar scalar -> "an ISO 8601 instant such as 2026-01-31T00:00:00Z, or a date such as 1990-05-17";
		};
	}

	private static String shown(Object value) {
		String text = value instanceof String string ? "'" + string + "'" : String.valueOf(value);
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}
}
