package dev.plaza.fuzz;

import java.util.List;

/**
 * One request the fuzz test made and the answer it got, printable so a failure can be repeated by hand.
 *
 * @param input what the request holds that breaks the schema ({@code null} when it should be valid)
 * @param undescribed how the answer differs from what the published document says it is (empty when it agrees)
 */
record Exchange(String caller, String method, String path, String body, String input, int status, String contentType,
		String answer, List<String> undescribed) {

	private static final int SHOWN = 600;

	String describe() {
		StringBuilder text = new StringBuilder();
		text.append(method).append(' ').append(path).append("   (as ").append(caller).append(")\n");
		if (body != null) {
			text.append("body: ").append(shortened(body)).append('\n');
		}
		if (input != null) {
			text.append("invalid: ").append(input).append('\n');
		}
		text.append("→ ").append(status).append(' ').append(contentType == null ? "" : contentType).append(' ')
			.append(shortened(answer == null ? "" : answer.replace('\n', ' ')));
		return text.toString();
	}

	private static String shortened(String text) {
		return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…(" + text.length() + " chars)";
	}
}
