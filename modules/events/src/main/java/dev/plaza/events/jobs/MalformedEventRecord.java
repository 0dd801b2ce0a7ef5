package dev.plaza.events.jobs;

/** A record no delivery can ever handle: no event id, another type than its topic's, unreadable JSON. */
public class MalformedEventRecord extends RuntimeException {

	MalformedEventRecord(String message, Throwable cause) {
		super(message, cause);
	}
}
