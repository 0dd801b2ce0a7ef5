package dev.plaza.backoffice.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.plaza.backoffice.application.StaffApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lender's manual review queue: applications a rule or the credit bureau left for a person,
 * oldest first, and each one with the applicant's request, the bureau's report and why it waits. Who
 * may decide gets the approve and decline forms ({@link LendingReviewActions}).
 */
@Controller
class LendingReviewsPage implements Section {

	static final String QUEUE = "/admin/lending/reviews";

	/** The lending API's largest page of the queue; it offers no read of one review. */
	private static final int WHOLE_QUEUE = 500;

	private final Lists lists;

	private final StaffApi api;

	private final MoneyText money;

	LendingReviewsPage(Lists lists, StaffApi api, MoneyText money) {
		this.lists = lists;
		this.api = api;
		this.money = money;
	}

	@Override
	public Entry entry() {
		return new Entry(34, "Loan reviews", QUEUE, Set.of("lending:read", "lending:write"));
	}

	@GetMapping(QUEUE)
	String queue(@RequestParam MultiValueMap<String, String> query, Model model) {
		model.addAttribute("page", lists.read("/api/v1/lending/reviews", QUEUE, query, List.of()));
		return "backoffice/lending/reviews";
	}

	@GetMapping(QUEUE + "/{id}")
	String review(@PathVariable UUID id, Model model, RedirectAttributes next) {
		Optional<Map<String, Object>> review = find(api, id);
		if (review.isEmpty()) {
			return gone(next);
		}
		model.addAttribute("review", review.get());
		model.addAttribute("approveAmount", money.of(review.get().get("amount"), review.get().get("currency")).split(" ")[0]);
		model.addAttribute("approveTerm", review.get().get("termMonths").toString());
		model.addAttribute("declineCodes", LendingReviewActions.DECLINE_CODES);
		return "backoffice/lending/review";
	}

	/** The review, while it still waits for a person. */
	@SuppressWarnings("unchecked")
	static Optional<Map<String, Object>> find(StaffApi api, UUID id) {
		List<Map<String, Object>> items = (List<Map<String, Object>>) api
			.get("/api/v1/lending/reviews", Map.of("limit", WHOLE_QUEUE))
			.getOrDefault("items", List.of());
		return items.stream().filter(review -> id.toString().equals(review.get("id"))).findFirst();
	}

	/** Back to the queue: the review was decided (by someone else, maybe) or never was one. */
	static String gone(RedirectAttributes next) {
		next.addFlashAttribute("problem", "That application no longer waits for review: it was decided, or the "
				+ "address is not one of the queue's.");
		return "redirect:" + QUEUE;
	}
}
