package dev.plaza.backoffice.web;

import java.util.Map;
import java.util.Set;

/**
 * How far a job has gone, for its progress bar: the items that reached a state they do not leave,
 * out of all of them (public methods: templates call them).
 */
record OnboardingProgress(String id, String status, long done, long total, long problems) {

	/** States an item stays in (a failed one leaves only when someone retries it). */
	private static final Set<String> FINAL = Set.of("invalid", "rejected", "failed", "provisioned");

	private static final Set<String> PROBLEMS = Set.of("invalid", "rejected", "failed");

	static OnboardingProgress of(Map<String, Object> job) {
		Map<?, ?> counts = (Map<?, ?>) job.getOrDefault("counts", Map.of());
		boolean validating = "validate".equals(job.get("mode"));
		long done = 0;
		long problems = 0;
		for (Map.Entry<?, ?> count : counts.entrySet()) {
			String state = count.getKey().toString();
			long n = ((Number) count.getValue()).longValue();
			if (FINAL.contains(state) || validating && "validated".equals(state)) {
				done += n;
			}
			if (PROBLEMS.contains(state)) {
				problems += n;
			}
		}
		long total = ((Number) job.getOrDefault("total", 0)).longValue();
		return new OnboardingProgress(job.get("id").toString(), job.get("status").toString(), Math.min(done, total),
				total, problems);
	}

	public boolean running() {
		return "running".equals(status);
	}

	public long percent() {
		return total == 0 ? 100 : done * 100 / total;
	}
}
