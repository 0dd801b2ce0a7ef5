package dev.plaza.lending.application;

import dev.plaza.platform.ProblemType;

/** The failures applicants and lenders' operators can cause around decisions and offers. */
public final class DecisionProblems {

	/** No offer with that id was made for the application. */
	public static final ProblemType OFFER_NOT_FOUND = new ProblemType("offer-not-found", "Offer not found", 404);

	/** The offer was withdrawn (the applicant accepted another one). */
	public static final ProblemType OFFER_WITHDRAWN = new ProblemType("offer-withdrawn", "Offer withdrawn", 409);

	/** The application already accepted another offer. */
	public static final ProblemType APPLICATION_ALREADY_ACCEPTED = new ProblemType("application-already-accepted",
			"Application already accepted", 409);

	/** The copy is not (or no longer) waiting for a person's decision. */
	public static final ProblemType REVIEW_ALREADY_DECIDED = new ProblemType("review-already-decided",
			"Review already decided", 409);

	/** Changed terms fall outside the product or the country's lending caps. */
	public static final ProblemType REVIEW_TERMS_OUT_OF_BOUNDS = new ProblemType("review-terms-out-of-bounds",
			"Terms out of bounds", 422);

	private DecisionProblems() {
	}
}
