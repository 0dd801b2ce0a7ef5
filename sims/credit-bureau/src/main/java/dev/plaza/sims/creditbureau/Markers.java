package dev.plaza.sims.creditbureau;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an applicant's name asks of the simulator, so a test chooses each behaviour deterministically:
 * {@code [unavailable x2]} answers the first two questions with one request id with a retryable Server
 * fault, then answers; {@code [slow x1]} keeps the first question waiting for the settings' slow delay
 * (past the caller's timeout); {@code [malformed x1]} answers the first question with a report breaking
 * the schema; {@code [misdirected x1]} answers it with a valid answer to another request id. No count
 * means once, {@code always} means every question. {@code [refused]} answers a Client fault: the bureau
 * cannot verify the person; {@code [suspended]} a Server fault that is not retryable: the caller's
 * subscription is suspended.
 */
record Markers(int unavailable, int slow, int malformed, int misdirected, boolean refused, boolean suspended) {

	private static final Pattern MARKER = Pattern.compile(
			"\\[(unavailable|slow|malformed|misdirected|refused|suspended)(?: x(\\d+)| (always))?]",
			Pattern.CASE_INSENSITIVE);

	static Markers in(String name) {
		int unavailable = 0;
		int slow = 0;
		int malformed = 0;
		int misdirected = 0;
		boolean refused = false;
		boolean suspended = false;
		Matcher marker = MARKER.matcher(name);
		while (marker.find()) {
			int times = marker.group(3) != null ? Integer.MAX_VALUE
					: marker.group(2) == null ? 1 : Integer.parseInt(marker.group(2));
			switch (marker.group(1).toLowerCase(Locale.ROOT)) {
				case "unavailable" -> unavailable = times;
				case "slow" -> slow = times;
				case "malformed" -> malformed = times;
				case "misdirected" -> misdirected = times;
				case "refused" -> refused = true;
				default -> suspended = true;
			}
		}
		return new Markers(unavailable, slow, malformed, misdirected, refused, suspended);
	}
}
