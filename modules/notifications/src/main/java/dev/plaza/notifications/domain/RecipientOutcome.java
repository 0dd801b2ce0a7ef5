package dev.plaza.notifications.domain;

import java.time.Duration;

/**
 * How one marked recipient's turn ended: sent, failed for good, or back to pending (after
 * {@code retryIn}; not attempted at all when the SMTP server failed for an earlier one).
 */
public record RecipientOutcome(int position, DeliveryState status, String error, Duration retryIn, boolean attempted) {

	public static RecipientOutcome sent(int position) {
		return new RecipientOutcome(position, DeliveryState.SENT, null, Duration.ZERO, true);
	}

	public static RecipientOutcome failed(int position, String error) {
		return new RecipientOutcome(position, DeliveryState.FAILED, error, Duration.ZERO, true);
	}

	public static RecipientOutcome retry(int position, Duration after, String error) {
		return new RecipientOutcome(position, DeliveryState.PENDING, error, after, true);
	}

	public static RecipientOutcome notAttempted(int position) {
		return new RecipientOutcome(position, DeliveryState.PENDING, null, Duration.ZERO, false);
	}
}
