package dev.plaza.identity.web;

import java.util.Map;

import dev.plaza.identity.application.AccountLinks;
import dev.plaza.identity.application.PeopleProblems;
import dev.plaza.identity.application.SecondFactors;
import dev.plaza.identity.domain.PasswordPolicy;
import dev.plaza.identity.domain.StaffLinkPurpose;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages behind the links people are e-mailed: choose a first password (invitation), ask for and
 * use a password reset, enrol a required second factor. A link that was used, replaced or expired
 * shows a page saying so (410); a refused password or code shows the form again with the reason next
 * to the field (400).
 */
@Controller
@RequestMapping("/account")
class AccountPages {

	private final AccountLinks links;

	AccountPages(AccountLinks links) {
		this.links = links;
	}

	@GetMapping("/activate")
	String activation(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		return passwordForm(token, StaffLinkPurpose.INVITATION, model, response);
	}

	@PostMapping("/activate")
	String activate(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordConfirmation, Model model, HttpServletResponse response) {
		return setPassword(token, password, passwordConfirmation, StaffLinkPurpose.INVITATION, model, response);
	}

	@GetMapping("/password-reset")
	String resetRequest() {
		return "account/password-reset";
	}

	/** The same answer whether or not anyone has the address, so the page tells nobody who has an account. */
	@PostMapping("/password-reset")
	String requestReset(@RequestParam(required = false) String email, Model model) {
		links.requestReset(email);
		model.addAttribute("email", email);
		return "account/reset-sent";
	}

	@GetMapping("/reset")
	String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		return passwordForm(token, StaffLinkPurpose.PASSWORD_RESET, model, response);
	}

	@PostMapping("/reset")
	String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordConfirmation, Model model, HttpServletResponse response) {
		return setPassword(token, password, passwordConfirmation, StaffLinkPurpose.PASSWORD_RESET, model, response);
	}

	@GetMapping("/second-factor")
	String secondFactorForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		try {
			SecondFactors.Enrolment enrolment = links.secondFactorEnrolment(token);
			model.addAllAttributes(Map.of("token", token, "secret", enrolment.secret(), "uri", enrolment.uri()));
			return "account/second-factor";
		}
		catch (Problem refused) {
			return invalidLink(refused, model, response);
		}
	}

	@PostMapping("/second-factor")
	String enrolSecondFactor(@RequestParam(required = false) String token, @RequestParam(required = false) String code,
			Model model, HttpServletResponse response) {
		try {
			links.confirmSecondFactor(token, code);
			model.addAttribute("done", "second-factor");
			return "account/done";
		}
		catch (Problem refused) {
			if (refused.fieldErrors().isEmpty()) {
				return invalidLink(refused, model, response);
			}
			response.setStatus(400);
			model.addAttribute("codeError", refused.fieldErrors().getFirst().reason());
			return secondFactorForm(token, model, response);
		}
	}

	private String passwordForm(String token, StaffLinkPurpose purpose, Model model, HttpServletResponse response) {
		try {
			AccountLinks.Holder holder = links.holder(token, purpose);
			model.addAllAttributes(Map.of("token", token, "holder", holder, "purpose", purpose.code(), "action",
					purpose == StaffLinkPurpose.INVITATION ? "/account/activate" : "/account/reset", "minLength",
					PasswordPolicy.MIN_LENGTH, "maxLength", PasswordPolicy.MAX_BYTES));
			return "account/password";
		}
		catch (Problem refused) {
			return invalidLink(refused, model, response);
		}
	}

	private String setPassword(String token, String password, String confirmation, StaffLinkPurpose purpose, Model model,
			HttpServletResponse response) {
		if (confirmation != null && !confirmation.equals(password)) {
			return refusedPassword(token, purpose, new FieldError("passwordConfirmation", "must repeat the password exactly"),
					model, response);
		}
		try {
			if (purpose == StaffLinkPurpose.INVITATION) {
				links.activate(token, password);
			}
			else {
				links.reset(token, password);
			}
			model.addAttribute("done", purpose.code());
			return "account/done";
		}
		catch (Problem refused) {
			if (refused.fieldErrors().isEmpty()) {
				return invalidLink(refused, model, response);
			}
			return refusedPassword(token, purpose, refused.fieldErrors().getFirst(), model, response);
		}
	}

	private String refusedPassword(String token, StaffLinkPurpose purpose, FieldError error, Model model,
			HttpServletResponse response) {
		String view = passwordForm(token, purpose, model, response);
		if (view.equals("account/password")) {
			response.setStatus(400);
			model.addAttribute(error.field() + "Error", error.reason());
		}
		return view;
	}

	private static String invalidLink(Problem refused, Model model, HttpServletResponse response) {
		boolean expired = refused.type().equals(PeopleProblems.LINK_EXPIRED);
		if (!expired && !refused.type().equals(PeopleProblems.LINK_USED)) {
			throw refused;
		}
		response.setStatus(refused.type().status());
		model.addAttribute("expired", expired);
		model.addAttribute("detail", refused.getMessage());
		return "account/invalid-link";
	}
}
