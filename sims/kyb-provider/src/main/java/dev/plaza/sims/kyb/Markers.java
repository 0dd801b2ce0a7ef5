package dev.plaza.sims.kyb;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a business's legal name asks of the simulator, so a test chooses each behaviour
 * deterministically: {@code [unavailable x2]} answers {@code UNAVAILABLE} to the first two questions with
 * one request id, then answers; {@code [exhausted x1]} and {@code [malformed x3]} likewise with
 * {@code RESOURCE_EXHAUSTED} and an answer breaking the contract (no count means once);
 * {@code [slow]} delays the answer by the settings' slow delay; {@code [rejected]} rejects the business;
 * {@code [duplicate]} delivers the verdict three times.
 */
record Markers(int unavailable, int exhausted, int malformed, boolean slow, boolean rejected, boolean duplicate) {

	private static final Pattern MARKER = Pattern
		.compile("\\[(unavailable|exhausted|malformed|slow|rejected|duplicate)(?: x(\\d+))?]", Pattern.CASE_INSENSITIVE);

	static Markers in(String legalName) {
		int unavailable = 0;
		int exhausted = 0;
		int malformed = 0;
		boolean slow = false;
		boolean rejected = false;
		boolean duplicate = false;
		Matcher marker = MARKER.matcher(legalName);
		while (marker.find()) {
			int times = marker.group(2) == null ? 1 : Integer.parseInt(marker.group(2));
			switch (marker.group(1).toLowerCase(Locale.ROOT)) {
				case "unavailable" -> unavailable = times;
				case "exhausted" -> exhausted = times;
				case "malformed" -> malformed = times;
				case "slow" -> slow = true;
				case "rejected" -> rejected = true;
				default -> duplicate = true;
			}
		}
		return new Markers(unavailable, exhausted, malformed, slow, rejected, duplicate);
	}
}
