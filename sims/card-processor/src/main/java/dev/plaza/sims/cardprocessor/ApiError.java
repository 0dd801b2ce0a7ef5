package dev.plaza.sims.cardprocessor;

/**
 * A refused API request, answered as Stripe does: {@code {"error": {"type", "code", "message", ...}}}.
 *
 * @param param the request field at fault, or null
 * @param declineCode why the card was declined, for card errors
 * @param chargeId the charge the refusal created (a declined charge still exists), or null
 */
final class ApiError extends RuntimeException {

	final int status;

	final String type;

	final String code;

	final String param;

	final String declineCode;

	final String chargeId;

	ApiError(int status, String type, String code, String message, String param, String declineCode, String chargeId) {
		super(message, null, false, false);
		this.status = status;
		this.type = type;
		this.code = code;
		this.param = param;
		this.declineCode = declineCode;
		this.chargeId = chargeId;
	}

	static ApiError invalid(String code, String param, String message) {
		return new ApiError(400, "invalid_request_error", code, message, param, null, null);
	}

	static ApiError notFound(String what, String id) {
		return new ApiError(404, "invalid_request_error", "resource_missing", "No such " + what + ": '" + id + "'", "id",
				null, null);
	}
}
