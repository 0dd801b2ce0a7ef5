package dev.plaza.notifications.application;

import dev.plaza.platform.ProblemType;

/** The notifications module's own problem types, beside the platform's common ones. */
public final class NotificationsProblems {

	public static final ProblemType UNKNOWN_EVENT_TYPES = new ProblemType("unknown-event-types", "Unknown event types", 422);

	public static final ProblemType INVALID_RECIPIENTS = new ProblemType("invalid-recipients", "Invalid recipients", 422);

	public static final ProblemType TOO_MANY_RECIPIENTS = new ProblemType("too-many-recipients", "Too many recipients", 422);

	public static final ProblemType NO_RECIPIENTS = new ProblemType("no-recipients", "No recipients", 422);

	public static final ProblemType INVALID_TEMPLATE = new ProblemType("invalid-template", "Invalid template", 422);

	public static final ProblemType CAMPAIGN_NOT_DRAFT = new ProblemType("campaign-not-draft", "Campaign already started", 409);

	public static final ProblemType CAMPAIGN_FINISHED = new ProblemType("campaign-finished", "Campaign finished", 409);

	public static final ProblemType DELIVERY_NOT_DEAD = new ProblemType("delivery-not-dead", "Delivery not dead-lettered", 409);

	public static final ProblemType ENDPOINT_DELETED = new ProblemType("endpoint-deleted", "Endpoint deleted", 409);

	private NotificationsProblems() {
	}
}
