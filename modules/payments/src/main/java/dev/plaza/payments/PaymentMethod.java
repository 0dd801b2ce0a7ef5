package dev.plaza.payments;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The processor's token for the customer's card, such as {@code tok_approve}: Plaza never sees card
 * numbers, only the token the customer's browser got from the processor.
 */
public record PaymentMethod(String token) {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_]{1,255}");

	public PaymentMethod {
		Objects.requireNonNull(token, "payment method token");
		if (!isWellFormed(token)) {
			throw new IllegalArgumentException("A payment method token has 1 to 255 letters, digits or underscores");
		}
	}

	public static boolean isWellFormed(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	@Override
	public String toString() {
		return token;
	}
}
