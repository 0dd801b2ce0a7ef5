package dev.plaza.events.application;

/** Headers of every event record: the payload is the event as JSON, these say what it is. */
public final class EventHeaders {

	/** A UUID per record sent; a consumer group handles a record with the same id once. */
	public static final String EVENT_ID = "plaza-event-id";

	/** The event's published name, such as {@code dev.plaza.ledger.TransfersPosted} (see {@code ModuleEvents.name}). */
	public static final String EVENT_TYPE = "plaza-event-type";

	/**
	 * The service that published it ({@code spring.application.name}). Its own instances handed the
	 * event to their listeners when they published it, so they never take it back from Kafka.
	 */
	public static final String EVENT_SOURCE = "plaza-event-source";

	private EventHeaders() {
	}
}
