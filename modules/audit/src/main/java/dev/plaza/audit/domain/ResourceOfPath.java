package dev.plaza.audit.domain;

import java.util.List;
import java.util.Map;

/**
 * The resource an API call acted on, read from the path template that matched it and the values of its
 * variables.
 *
 * <p>The rule: the template's segments after {@code /api/v<n>} are read from the end.
 * <ul>
 * <li>Ending in a plural literal ({@code …/users}, {@code /api/v1/ledger/transfers}): a new member of that
 * collection; type is the singular ({@code user}, {@code transfer}), no id.</li>
 * <li>Otherwise the last variable and the literal just before it name the resource:
 * {@code /api/v1/organizations/{orgId}/users/{userId}} → {@code user} with the userId's value;
 * {@code /api/v1/orders/{id}/cancel} → {@code order} with the id.</li>
 * <li>A template without variables whose last literal is not plural ({@code /api/v1/tenant}): that literal,
 * no id.</li>
 * </ul>
 * Plural is a word ending in {@code s} but not {@code ss} or {@code us} ({@code address}, {@code status} are not). Singular of a plural: {@code …ies} → {@code …y}, {@code …sses}/{@code …xes} lose {@code es}, else the final
 * {@code s} goes.
 */
public record ResourceOfPath(String type, String id) {

	public static final ResourceOfPath NONE = new ResourceOfPath(null, null);

	public static ResourceOfPath of(String template, Map<String, String> variables) {
		if (template == null) {
			return NONE;
		}
		List<String> segments = List.of(template.replaceFirst("^/api/v\\d+", "").split("/")).stream()
			.filter(segment -> !segment.isEmpty())
			.toList();
		if (segments.isEmpty()) {
			return NONE;
		}
		String last = segments.getLast();
		if (!isVariable(last) && isPlural(last)) {
			return new ResourceOfPath(singular(last), null);
		}
		for (int i = segments.size() - 1; i > 0; i--) {
			if (isVariable(segments.get(i)) && !isVariable(segments.get(i - 1))) {
				return new ResourceOfPath(singular(segments.get(i - 1)), variables.get(name(segments.get(i))));
			}
		}
		return isVariable(last) ? NONE : new ResourceOfPath(last, null);
	}

	private static boolean isVariable(String segment) {
		return segment.startsWith("{") && segment.endsWith("}");
	}

	/** {@code {id}} and {@code {path:.+}} both name {@code id} / {@code path}. */
	private static String name(String variable) {
		String inner = variable.substring(1, variable.length() - 1);
		int pattern = inner.indexOf(':');
		return (pattern < 0 ? inner : inner.substring(0, pattern)).replaceFirst("^\\*", "");
	}

	private static boolean isPlural(String word) {
		return word.length() > 1 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us");
	}

	static String singular(String word) {
		if (!isPlural(word)) {
			return word;
		}
		if (word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("sses") || word.endsWith("xes")) {
			return word.substring(0, word.length() - 2);
		}
		return word.substring(0, word.length() - 1);
	}
}
