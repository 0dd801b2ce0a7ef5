package dev.plaza.backoffice.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.backoffice.application.StaffApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lender's loans, newest first, filtered by status and arrears bucket; the arrears view, only
 * those past due, by bucket; and each loan with its schedule, repayments, days past due and arrears
 * bucket as the last close of business found them. Only reads: repayments come from the lender's
 * systems through the API.
 */
@Controller
class LendingLoansPage implements Section {

	private final Lists lists;

	private final StaffApi api;

	LendingLoansPage(Lists lists, StaffApi api) {
		this.lists = lists;
		this.api = api;
	}

	@Override
	public Entry entry() {
		return new Entry(35, "Loans", "/admin/lending/loans", Set.of("lending:read", "lending:write"));
	}

	static final List<String> STATUSES = List.of("active", "closed");

	static final List<String> BUCKETS = List.of("current", "1-30", "31-60", "61-90", "90+");

	@GetMapping("/admin/lending/loans")
	String list(@RequestParam MultiValueMap<String, String> query, Model model) {
		model.addAttribute("page", lists.read("/api/v1/lending/loans", "/admin/lending/loans", query,
				List.of("status", "arrearsBucket")));
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("buckets", BUCKETS);
		model.addAttribute("arrears", false);
		return "backoffice/lending/loans";
	}

	/** The loans in arrears: the list of loans past due, by bucket. */
	@GetMapping("/admin/lending/arrears")
	String arrears(@RequestParam MultiValueMap<String, String> query, Model model) {
		MultiValueMap<String, String> pastDue = new LinkedMultiValueMap<>(query);
		pastDue.set("pastDue", "true");
		model.addAttribute("page", lists.read("/api/v1/lending/loans", "/admin/lending/arrears", pastDue,
				List.of("pastDue", "arrearsBucket")));
		model.addAttribute("buckets", BUCKETS.subList(1, BUCKETS.size()));
		model.addAttribute("arrears", true);
		return "backoffice/lending/loans";
	}

	@GetMapping("/admin/lending/loans/{id}")
	String loan(@PathVariable UUID id, Model model) {
		model.addAttribute("loan", api.get("/api/v1/lending/loans/" + id));
		return "backoffice/lending/loan";
	}
}
