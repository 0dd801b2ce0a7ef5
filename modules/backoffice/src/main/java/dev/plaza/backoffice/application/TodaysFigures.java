package dev.plaza.backoffice.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The home page's figures, each read from the API of the module that owns it, and only those the
 * person's scopes let them read: a figure they may not see is not asked for.
 */
@Component
public class TodaysFigures {

	/** How many of the newest rows a figure looks at: a glance, never a whole table. */
	static final int GLANCE = 100;

	private final StaffApi api;

	TodaysFigures(StaffApi api) {
		this.api = api;
	}

	/** A figure: what it counts, its value, and how it was counted. */
	public record Figure(String label, String value, String note) {
	}

	public List<Figure> of(Staff staff) {
		List<Figure> figures = new ArrayList<>();
		if (staff.can("onboarding:write")) {
			figures.add(onboarding());
		}
		if (staff.can("notifications:read")) {
			figures.add(campaign());
		}
		if (staff.can("lending:read")) {
			figures.add(arrears());
		}
		return figures;
	}

	@SuppressWarnings("unchecked")
	private Figure onboarding() {
		List<Map<String, Object>> jobs = items(api.get("/api/v1/onboarding/jobs", Map.of("limit", 1)));
		if (jobs.isEmpty()) {
			return new Figure("Onboarding", "No job yet", "the newest onboarding job");
		}
		Map<String, Object> job = jobs.getFirst();
		Map<String, Object> counts = (Map<String, Object>) job.getOrDefault("counts", Map.of());
		long finished = counts.entrySet().stream()
			.filter(count -> !count.getKey().equals("pending") && !count.getKey().equals("processing"))
			.mapToLong(count -> ((Number) count.getValue()).longValue())
			.sum();
		return new Figure("Onboarding", finished + " of " + job.get("total") + " items",
				"the newest job, " + job.get("status"));
	}

	private Figure campaign() {
		List<Map<String, Object>> campaigns = items(api.get("/api/v1/campaigns", Map.of("limit", 1)));
		if (campaigns.isEmpty()) {
			return new Figure("Campaign", "No campaign yet", "the newest campaign");
		}
		Map<String, Object> progress = api.get("/api/v1/campaigns/" + campaigns.getFirst().get("id"));
		return new Figure("Campaign", progress.get("sent") + " of " + progress.get("total") + " sent",
				"“" + progress.get("subject") + "”, " + progress.get("status"));
	}

	private Figure arrears() {
		List<Map<String, Object>> loans = items(api.get("/api/v1/lending/loans", Map.of("limit", GLANCE)));
		long pastDue = loans.stream().filter(loan -> ((Number) loan.getOrDefault("daysPastDue", 0)).intValue() > 0).count();
		return new Figure("Loans in arrears", String.valueOf(pastDue), "of the newest " + loans.size() + " loans");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.getOrDefault("items", List.of());
	}
}
