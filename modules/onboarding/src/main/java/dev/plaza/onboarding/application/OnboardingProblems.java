package dev.plaza.onboarding.application;

import dev.plaza.platform.ProblemType;

/** The failures an uploader can cause that the common problem types do not name. */
public final class OnboardingProblems {

	/** The upload is not a CSV or NDJSON file Plaza can read: broken quoting, a wrong header, a line that is not JSON. */
	public static final ProblemType MALFORMED_UPLOAD = new ProblemType("malformed-upload", "Malformed upload", 400);

	/** The upload holds more rows than one job may. */
	public static final ProblemType TOO_MANY_ROWS = new ProblemType("too-many-rows", "Too many rows", 413);

	/** A cancelled job does nothing more. */
	public static final ProblemType JOB_CANCELLED = new ProblemType("onboarding-job-cancelled", "Job cancelled", 409);

	private OnboardingProblems() {
	}
}
