package dev.plaza.platform;

import java.net.URI;

/**
 * A kind of failure a caller can cause, with a stable {@code type} URI clients may switch on.
 * Modules define their own alongside the common ones here.
 */
public record ProblemType(String slug, String title, int status) {

	public static final String BASE = "https://plaza.dev/problems/";

	public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", "Malformed request", 400);
	public static final ProblemType INVALID_PATH = new ProblemType("invalid-path", "Invalid path", 400);
	public static final ProblemType MALFORMED_JSON = new ProblemType("malformed-json", "Malformed JSON", 400);
	public static final ProblemType UNKNOWN_FIELD = new ProblemType("unknown-field", "Unknown field", 400);
	public static final ProblemType VALIDATION = new ProblemType("validation", "Invalid request", 400);
	public static final ProblemType INVALID_PARAMETER = new ProblemType("invalid-parameter", "Invalid parameter", 400);
	public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", "Authentication required", 401);
	public static final ProblemType FORBIDDEN = new ProblemType("insufficient-scope", "Insufficient scope", 403);
	public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found", 404);
	public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", "Method not allowed", 405);
	public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", "Not acceptable", 406);
	public static final ProblemType CONFLICT = new ProblemType("conflict", "Conflict", 409);
	public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large", "Payload too large", 413);
	public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type", "Unsupported media type", 415);
	public static final ProblemType IDEMPOTENCY_IN_FLIGHT = new ProblemType("idempotency-key-in-flight", "Request still in progress", 409);
	public static final ProblemType IDEMPOTENCY_RESPONSE_LOST = new ProblemType("idempotency-response-lost", "Response lost", 409);
	public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType("idempotency-key-reused", "Idempotency key reused", 422);
	public static final ProblemType INVALID_IDEMPOTENCY_KEY = new ProblemType("invalid-idempotency-key", "Invalid idempotency key", 400);
	public static final ProblemType OVERLOADED = new ProblemType("overloaded", "Server overloaded", 503);
	public static final ProblemType INTERNAL = new ProblemType("internal", "Internal error", 500);

	public URI uri() {
		return URI.create(BASE + slug);
	}
}
