package dev.plaza.platform.web;

import java.io.IOException;

/** Thrown while reading a request body that grows past the configured limit. */
class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
	}
}
