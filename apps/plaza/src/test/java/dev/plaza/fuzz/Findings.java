package dev.plaza.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fuzz test saw go wrong, grouped by the rule broken and then by operation, so one assertion
 * message lists every distinct defect once with the exact request that shows it.
 */
final class Findings {

	/** One broken rule: the request that broke it and what came back. */
	record Finding(String rule, String operation, Exchange exchange, String what) {
	}

	private final Map<String, Map<String, List<Finding>>> byRule = new LinkedHashMap<>();

	void add(String rule, String operation, Exchange exchange, String what) {
		byRule.computeIfAbsent(rule, r -> new LinkedHashMap<>())
			.computeIfAbsent(operation, o -> new ArrayList<>())
			.add(new Finding(rule, operation, exchange, what));
	}

	boolean isEmpty() {
		return byRule.isEmpty();
	}

	int count() {
		return byRule.values().stream().mapToInt(operations -> operations.values().stream().mapToInt(List::size).sum()).sum();
	}

	/** Each rule, each operation under it with how often it failed, and its first failing request in full. */
	String report(FuzzSettings settings) {
		StringBuilder report = new StringBuilder();
		report.append(count()).append(" failing requests; replay with ").append(settings.replay()).append('\n');
		byRule.forEach((rule, operations) -> {
			report.append("\n== ").append(rule).append(" (").append(operations.size()).append(" operations)\n");
			operations.forEach((operation, findings) -> {
				Finding first = findings.getFirst();
				report.append("- ").append(operation).append(" ×").append(findings.size()).append(": ").append(first.what())
					.append('\n').append(first.exchange().describe().indent(4));
			});
		});
		return report.toString();
	}
}
