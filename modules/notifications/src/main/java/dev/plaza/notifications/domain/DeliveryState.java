package dev.plaza.notifications.domain;

import java.util.Locale;

/**
 * Where one e-mail to one address stands, whether sent alone or to a campaign's recipient: {@link #PENDING}
 * until an attempt is marked {@link #SENDING}, then {@link #SENT}, {@link #FAILED} for good, back to
 * pending for a retry, or {@link #UNKNOWN} when sending stopped in the middle of the SMTP conversation
 * and the message may have arrived.
 */
public enum DeliveryState {

	PENDING, SENDING, SENT, FAILED, UNKNOWN;

	/** The lowercase name used in JSON and in the database, such as {@code sent}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
