package dev.plaza.backoffice.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.backoffice.application.ApiRefused;
import dev.plaza.backoffice.application.StaffApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An operator's decision on an application in manual review, each a form on its page: approve (on
 * the amount, term and rate applied for, or changed ones within the product) or decline with a reason
 * the applicant is told. What the API refuses for its content comes back on the form with its reason
 * and the typed values; a refused role gets the error page.
 */
@Controller
class LendingReviewActions {

	static final List<String> DECLINE_CODES = List.of("income_unverified", "affordability", "credit_history",
			"identity_unverified", "other");

	private final StaffApi api;

	private final MoneyText money;

	LendingReviewActions(StaffApi api, MoneyText money) {
		this.api = api;
		this.money = money;
	}

	@PostMapping(LendingReviewsPage.QUEUE + "/{id}/approve")
	String approve(@PathVariable UUID id, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String termMonths, @RequestParam(defaultValue = "") String rate, Model model,
			HttpServletResponse response, RedirectAttributes next) {
		Optional<Map<String, Object>> review = LendingReviewsPage.find(api, id);
		if (review.isEmpty()) {
			return LendingReviewsPage.gone(next);
		}
		String currency = review.get().get("currency").toString();
		model.addAttribute("approveAmount", amount);
		model.addAttribute("approveTerm", termMonths);
		model.addAttribute("approveRate", rate);
		Map<String, Object> terms = new LinkedHashMap<>();
		Long minor = amount.isBlank() ? null : MoneyText.minorOf(amount, currency);
		Integer months = termMonths.isBlank() ? null : positive(termMonths);
		Integer basisPoints = rate.isBlank() ? null : basisPoints(rate);
		if ((!amount.isBlank() && minor == null) || (!termMonths.isBlank() && months == null)
				|| (!rate.isBlank() && basisPoints == null)) {
			return refused(review.get(), "approveProblem", "Type the amount in " + currency + " (such as 8000.00), the "
					+ "term in whole months and the yearly rate in percent (such as 12.5), or leave one empty to keep "
					+ "what was applied for.", model, response);
		}
		terms.put("amount", minor);
		terms.put("termMonths", months);
		terms.put("annualRateBasisPoints", basisPoints);
		Map<String, Object> offer;
		try {
			offer = api.send(HttpMethod.POST, "/api/v1/lending/reviews/" + id + "/approve", terms);
		}
		catch (ApiRefused refusal) {
			if (refusal.status() == 401 || refusal.status() == 403) {
				throw refusal;
			}
			return refused(review.get(), "approveProblem", refusal.getMessage(), model, response);
		}
		next.addFlashAttribute("notice", "Approved " + review.get().get("applicantName") + "'s application: an offer of "
				+ money.of(offer.get("amount"), currency) + " over " + offer.get("termMonths") + " months at "
				+ percent(offer.get("annualRateBasisPoints")) + " a year, installments of "
				+ money.of(offer.get("installment"), currency) + ", APR " + percent(offer.get("aprBasisPoints")) + ".");
		return "redirect:" + LendingReviewsPage.QUEUE;
	}

	@PostMapping(LendingReviewsPage.QUEUE + "/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String message, Model model, HttpServletResponse response,
			RedirectAttributes next) {
		Optional<Map<String, Object>> review = LendingReviewsPage.find(api, id);
		if (review.isEmpty()) {
			return LendingReviewsPage.gone(next);
		}
		model.addAttribute("declineCode", code);
		model.addAttribute("declineMessage", message);
		if (!DECLINE_CODES.contains(code) || message.isBlank()) {
			return refused(review.get(), "declineProblem", "Choose a reason and write, in plain words, what the "
					+ "applicant is told.", model, response);
		}
		try {
			api.send(HttpMethod.POST, "/api/v1/lending/reviews/" + id + "/decline",
					Map.of("reasons", List.of(Map.of("code", code, "message", message.strip()))));
		}
		catch (ApiRefused refusal) {
			if (refusal.status() == 401 || refusal.status() == 403) {
				throw refusal;
			}
			return refused(review.get(), "declineProblem", refusal.getMessage(), model, response);
		}
		next.addFlashAttribute("notice", "Declined " + review.get().get("applicantName") + "'s application; they are "
				+ "told: " + message.strip());
		return "redirect:" + LendingReviewsPage.QUEUE;
	}

	private static String refused(Map<String, Object> review, String field, String reason, Model model,
			HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("review", review);
		model.addAttribute("declineCodes", DECLINE_CODES);
		model.addAttribute(field, reason);
		return "backoffice/lending/review";
	}

	private static Integer positive(String typed) {
		try {
			int value = Integer.parseInt(typed.strip());
			return value > 0 ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A yearly rate typed in percent, such as {@code 12.5}, in basis points; null when it is not one. */
	private static Integer basisPoints(String typed) {
		try {
			int value = new BigDecimal(typed.strip().replace(',', '.')).movePointRight(2).intValueExact();
			return value >= 0 ? value : null;
		}
		catch (ArithmeticException | NumberFormatException ex) {
			return null;
		}
	}

	private static String percent(Object basisPoints) {
		return BigDecimal.valueOf(((Number) basisPoints).longValue(), 2).toPlainString() + " %";
	}
}
