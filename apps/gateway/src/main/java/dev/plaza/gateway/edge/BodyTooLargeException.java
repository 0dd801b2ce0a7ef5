package dev.plaza.gateway.edge;

import java.io.IOException;

/** Thrown while a request body that grows past the limit is read, which happens while it is sent on. */
public class BodyTooLargeException extends IOException {

	private final long limit;

	BodyTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return limit;
	}
}
