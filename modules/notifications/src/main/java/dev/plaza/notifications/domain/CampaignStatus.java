package dev.plaza.notifications.domain;

import java.util.Locale;

/**
 * Where a campaign stands: a {@link #DRAFT} takes recipients; started, it is {@link #RUNNING} until
 * every recipient was sent to ({@link #COMPLETED}) or it is {@link #CANCELLED}. Starting or cancelling
 * again changes nothing; starting a cancelled campaign or cancelling a completed one is refused.
 */
public enum CampaignStatus {

	DRAFT, RUNNING, COMPLETED, CANCELLED;

	/** The lowercase name used in JSON and in the database, such as {@code running}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static CampaignStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/** Only a draft takes more recipients: a started campaign sends to those it has. */
	public boolean takesRecipients() {
		return this == DRAFT;
	}

	/**
	 * The status after starting: a draft runs; a running or completed campaign stays as it is.
	 *
	 * @throws IllegalCampaignTransition when the campaign was cancelled
	 */
	public CampaignStatus start() {
		return switch (this) {
			case DRAFT -> RUNNING;
			case RUNNING, COMPLETED -> this;
			case CANCELLED -> throw new IllegalCampaignTransition(this, RUNNING);
		};
	}

	/**
	 * The status after cancelling: cancelled, whatever recipients are left unsent.
	 *
	 * @throws IllegalCampaignTransition when every recipient was sent to already
	 */
	public CampaignStatus cancel() {
		if (this == COMPLETED) {
			throw new IllegalCampaignTransition(this, CANCELLED);
		}
		return CANCELLED;
	}
}
