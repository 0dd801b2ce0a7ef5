package dev.plaza.backoffice.web;

import java.util.Map;
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
 * What staff do to an order, each a form on its page: give back part or all of the payment, and
 * e-mail the customer their confirmation again. A refund the API refuses for its content comes back
 * on the form with the API's reason; a refused role gets the error page.
 */
@Controller
class OrderActions {

	private final StaffApi api;

	private final MoneyText money;

	OrderActions(StaffApi api, MoneyText money) {
		this.api = api;
		this.money = money;
	}

	@PostMapping("/admin/orders/{id}/refunds")
	String refund(@PathVariable UUID id, @RequestParam(defaultValue = "") String amount, Model model,
			HttpServletResponse response, RedirectAttributes next) {
		Map<String, Object> order = api.get("/api/v1/orders/" + id);
		String currency = order.get("currency").toString();
		Long minor = amount.isBlank() ? null : MoneyText.minorOf(amount, currency);
		if (!amount.isBlank() && minor == null) {
			return refused(order, amount, "Type a positive amount in " + currency + ", such as 5.00, or leave it empty "
					+ "to refund all that is left.", model, response);
		}
		Map<String, Object> refund;
		try {
			refund = api.send(HttpMethod.POST, "/api/v1/orders/" + id + "/refunds",
					minor == null ? Map.of() : Map.of("amount", minor));
		}
		catch (ApiRefused refusal) {
			if (refusal.status() == 401 || refusal.status() == 403) {
				throw refusal;
			}
			return refused(order, amount, refusal.getMessage(), model, response);
		}
		String given = money.of(refund.get("amount"), refund.get("currency"));
		next.addFlashAttribute("notice", "pending".equals(refund.get("status"))
				? "The refund of " + given + " is on its way; the order shows it once the processor confirms."
				: "Refunded " + given + ".");
		return "redirect:/admin/orders/" + id;
	}

	@PostMapping("/admin/orders/{id}/confirmation-email")
	String resend(@PathVariable UUID id, RedirectAttributes next) {
		api.send(HttpMethod.POST, "/api/v1/orders/" + id + "/confirmation-email", null);
		next.addFlashAttribute("notice", "The confirmation e-mail is on its way to the customer again.");
		return "redirect:/admin/orders/" + id;
	}

	private static String refused(Map<String, Object> order, String amount, String reason, Model model,
			HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("order", order);
		model.addAttribute("refundAmount", amount);
		model.addAttribute("refundProblem", reason);
		return "backoffice/orders/order";
	}
}
