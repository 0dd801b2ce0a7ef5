package dev.plaza.inventory.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where units asked for without a location come from: the locations with most available first. A
 * line is thus split only when no single location has it all, and over as few locations as can
 * cover it (taking the largest first covers the most with each location taken).
 */
public final class Allocation {

	private Allocation() {
	}

	/**
	 * How many units to take from each location, in the order taken; empty when all the locations
	 * together have fewer than {@code quantity} available. Ties go to the lower location code.
	 */
	public static Optional<Map<String, Integer>> fromMostAvailable(int quantity, Map<String, Long> available) {
		Map<String, Integer> taken = new LinkedHashMap<>();
		long missing = quantity;
		var byMostAvailable = available.entrySet()
			.stream()
			.filter(location -> location.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.toList();
		for (Map.Entry<String, Long> location : byMostAvailable) {
			if (missing == 0) {
				break;
			}
			long take = Math.min(missing, location.getValue());
			taken.put(location.getKey(), (int) take);
			missing -= take;
		}
		return missing == 0 ? Optional.of(taken) : Optional.empty();
	}

	/** All units available at the locations together; what a refusal tells the customer. */
	public static long total(Map<String, Long> available) {
		return available.values().stream().mapToLong(units -> Math.max(0, units)).sum();
	}
}
