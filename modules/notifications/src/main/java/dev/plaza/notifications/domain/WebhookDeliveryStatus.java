package dev.plaza.notifications.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where one event's delivery to one endpoint stands: {@link #PENDING} while attempts remain,
 * {@link #SUCCEEDED} once the receiver answered 2xx, {@link #DEAD} when the attempts ran out, until the
 * tenant asks for it again.
 */
public enum WebhookDeliveryStatus {

	PENDING, SUCCEEDED, DEAD;

	/** The lowercase name used in JSON, in query parameters and in the database, such as {@code dead}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status with this code, if there is one. */
	public static Optional<WebhookDeliveryStatus> ofCode(String code) {
		return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
	}

	/** Where a delivery stands after attempt number {@code attempt} of at most {@code maxAttempts}. */
	public static WebhookDeliveryStatus after(boolean succeeded, int attempt, int maxAttempts) {
		if (succeeded) {
			return SUCCEEDED;
		}
		return attempt >= maxAttempts ? DEAD : PENDING;
	}
}
