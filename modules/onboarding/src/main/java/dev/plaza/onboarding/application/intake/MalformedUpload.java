package dev.plaza.onboarding.application.intake;

import java.util.Map;

import dev.plaza.onboarding.application.OnboardingProblems;
import dev.plaza.platform.Problem;

/** The upload cannot be read as the format it claims: answered 400, naming the line, and nothing is kept. */
final class MalformedUpload {

	private MalformedUpload() {
	}

	static Problem at(long line, String what) {
		return new Problem(OnboardingProblems.MALFORMED_UPLOAD, "Line " + line + ": " + what
				+ " Fix the file and upload it again; nothing of it was kept.", Map.of("line", line));
	}
}
