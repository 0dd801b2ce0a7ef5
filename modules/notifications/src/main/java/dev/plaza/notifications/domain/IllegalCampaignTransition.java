package dev.plaza.notifications.domain;

/** A campaign was asked to go where its status does not lead, such as a cancelled campaign to running. */
public final class IllegalCampaignTransition extends RuntimeException {

	private final CampaignStatus from;

	private final CampaignStatus to;

	IllegalCampaignTransition(CampaignStatus from, CampaignStatus to) {
		super("A " + from.code() + " campaign cannot become " + to.code(), null, false, false);
		this.from = from;
		this.to = to;
	}

	public CampaignStatus from() {
		return from;
	}

	public CampaignStatus to() {
		return to;
	}
}
