package dev.plaza.backoffice.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two versions of a configuration document, setting by setting: each leaf is
 * named by its JSON Pointer ({@code /tax/vatRate}); a setting only one version has is added or removed.
 */
public final class DocumentDifference {

	private DocumentDifference() {
	}

	/** A setting that differs: {@code before} is null when it was added, {@code after} when it was removed. */
	public record Change(String pointer, String before, String after) {
	}

	public static List<Change> between(Object before, Object after) {
		Map<String, String> old = leaves(before);
		Map<String, String> now = leaves(after);
		List<Change> changes = new ArrayList<>();
		TreeSet<String> pointers = new TreeSet<>(old.keySet());
		pointers.addAll(now.keySet());
		for (String pointer : pointers) {
			if (!Objects.equals(old.get(pointer), now.get(pointer))) {
				changes.add(new Change(pointer, old.get(pointer), now.get(pointer)));
			}
		}
		return changes;
	}

	private static Map<String, String> leaves(Object document) {
		Map<String, String> leaves = new TreeMap<>();
		collect("", document, leaves);
		return leaves;
	}

	private static void collect(String pointer, Object node, Map<String, String> leaves) {
		if (node instanceof Map<?, ?> object) {
			object.forEach((name, value) -> collect(pointer + "/" + escaped(name.toString()), value, leaves));
		}
		else if (node instanceof List<?> array) {
			for (int i = 0; i < array.size(); i++) {
				collect(pointer + "/" + i, array.get(i), leaves);
			}
		}
		else if (node != null) {
			leaves.put(pointer, node.toString());
		}
	}

	/** RFC 6901: {@code ~} and {@code /} in a member's name. */
	private static String escaped(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}
}
