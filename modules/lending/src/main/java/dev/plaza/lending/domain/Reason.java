package dev.plaza.lending.domain;

import java.util.Objects;

/**
 * Why a lender's copy of an application was declined or referred to review, as the applicant (or the
 * lender's operator) is told.
 *
 * @param code stable, for callers that act on it, such as {@code score_too_low}
 * @param message plain words a person reads
 */
public record Reason(String code, String message) {

	public Reason {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}
}
