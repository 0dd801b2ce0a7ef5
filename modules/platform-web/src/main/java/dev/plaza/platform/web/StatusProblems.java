package dev.plaza.platform.web;

import dev.plaza.platform.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problem type and advice for an error answered with nothing but a status: by the servlet
 * container, the security firewall, or a {@code sendError} on the way. Plaza's own handlers say
 * more; these answers keep the same shape.
 */
final class StatusProblems {

	private StatusProblems() {
	}

	static ProblemType type(int status) {
		return switch (status) {
			case 400 -> ProblemType.MALFORMED_REQUEST;
			case 401 -> ProblemType.UNAUTHORIZED;
			case 403 -> ProblemType.FORBIDDEN;
			case 404 -> ProblemType.NOT_FOUND;
			case 405 -> ProblemType.METHOD_NOT_ALLOWED;
			case 406 -> ProblemType.NOT_ACCEPTABLE;
			case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
			case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
			case 500 -> ProblemType.INTERNAL;
			case 503 -> Overload.TYPE;
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				String title = known == null ? "Error" : known.getReasonPhrase();
				yield new ProblemType(status >= 500 ? ProblemType.INTERNAL.slug() : ProblemType.MALFORMED_REQUEST.slug(), title,
						status);
			}
		};
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "The request could not be read: its path, query or headers are malformed or too large. "
					+ "Percent-encode characters outside the URL alphabet, spell paths without ';', encoded '/' or "
					+ "'..' segments, and keep headers under 8 KB.";
			case 401 -> "Send a valid bearer token in the Authorization header.";
			case 403 -> "This token may not do this; ask for a token with the needed scope.";
			case 404 -> "Nothing is served at this address. The API is described at /v3/api-docs.";
			case 405 -> "This method is not supported at this address.";
			case 413 -> "The request is larger than the server accepts. Send less data per request.";
			default -> status >= 500 ? "The server failed to handle this request. It was logged; retrying may help."
					: "The request was refused. Check it against the API description at /v3/api-docs.";
		};
	}
}
