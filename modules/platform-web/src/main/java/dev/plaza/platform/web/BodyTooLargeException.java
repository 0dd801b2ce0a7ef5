package dev.plaza.platform.web;

import java.io.IOException;

/**
 * Thrown while reading a request body that grows past the limit of {@link RequestBodyLimitFilter};
 * whoever reads the body on behalf of the request (a gateway forwarding it, say) answers 413 with it.
 */
public class BodyTooLargeException extends IOException {

	private final long limit;

	BodyTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
		this.limit = limit;
	}

	/** The limit in bytes the body grew past. */
	public long limit() {
		return limit;
	}
}
