package dev.plaza.backoffice.web;

import dev.plaza.backoffice.application.ApiRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What a person sees when Plaza refuses: a page saying why, with the API's status (403 when their
 * role does not allow it). A form the API refused for its content says why on the form instead.
 */
@Controller("backofficeErrorPages")
@ControllerAdvice(basePackageClasses = ErrorPages.class)
class ErrorPages {

	@ExceptionHandler(ApiRefused.class)
	String refused(ApiRefused refused, HttpServletResponse response, Model model) {
		if (refused.status() == 401) {
			return "redirect:/admin/login/plaza";
		}
		response.setStatus(refused.status());
		model.addAttribute("status", refused.status());
		model.addAttribute("message", refused.status() == 403 ? "Your role does not allow this. " + refused.getMessage()
				: refused.getMessage());
		return "backoffice/error";
	}

	@GetMapping("/admin/forbidden")
	String forbidden(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("status", 403);
		model.addAttribute("message", "This request was refused: your role does not allow it, or the form had expired.");
		return "backoffice/error";
	}

	@GetMapping("/admin/signed-out")
	String signedOut() {
		return "backoffice/signed-out";
	}
}
