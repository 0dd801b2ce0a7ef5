package dev.plaza.search.domain;

/**
 * How many typos a search word may contain and still match: none for words of one or two letters
 * (anything would match them), one up to five letters, two beyond. The same rule as OpenSearch's
 * {@code fuzziness: AUTO}, so both adapters find the same showtimes.
 */
public final class TypoTolerance {

	private TypoTolerance() {
	}

	public static int maxEdits(String word) {
		int length = word.codePointCount(0, word.length());
		return length <= 2 ? 0 : length <= 5 ? 1 : 2;
	}
}
