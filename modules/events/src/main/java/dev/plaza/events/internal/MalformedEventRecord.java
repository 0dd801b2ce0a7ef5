package dev.plaza.events.internal;

/** A record no delivery can ever handle: no event id, another type than its topic's, unreadable JSON. */
class MalformedEventRecord extends RuntimeException {

	MalformedEventRecord(String message, Throwable cause) {
		super(message, cause);
	}
}
