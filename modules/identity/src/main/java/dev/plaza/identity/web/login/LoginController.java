package dev.plaza.identity.web.login;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.plaza.identity.application.LoginRefused;
import dev.plaza.identity.application.PersonPrincipal;
import dev.plaza.identity.application.StaffLogin;
import dev.plaza.identity.application.StaffLoginAttempted;
import dev.plaza.identity.application.StaffMember;
import dev.plaza.tenancy.Environment;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login pages, one step each: e-mail and password ({@code /login}), the TOTP code when the
 * person has a second factor ({@code /login/second-factor}), the environment when they may work in
 * several ({@code /login/environment}). Each step keeps its progress in the browser session; after
 * the last, the session holds the logged-in person and the browser goes back to the authorization
 * request that sent it here.
 */
@Controller
class LoginController {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final AuthenticationManager passwords;

	private final StaffLogin staff;

	private final ApplicationEventPublisher events;

	private final RequestCache requests = new HttpSessionRequestCache();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	LoginController(StaffLogin staff, ApplicationEventPublisher events) {
		this.passwords = new ProviderManager(new StaffPasswords(staff, events));
		this.staff = staff;
		this.events = events;
	}

	@GetMapping("/login")
	String form() {
		return "login/form";
	}

	@PostMapping("/login")
	String logIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		StaffMember member;
		try {
			UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username.strip(),
					password);
			attempt.setDetails(request.getRemoteAddr());
			member = (StaffMember) passwords.authenticate(attempt).getPrincipal();
		}
		catch (LoginRefused refused) {
			model.addAttribute("username", username);
			model.addAttribute("error", explain(refused));
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return "login/form";
		}
		// A new session id once the password is accepted: one planted before cannot ride the login.
		request.changeSessionId();
		return next(LoginProgress.of(member), request, response);
	}

	@GetMapping("/login/second-factor")
	String secondFactorForm(HttpSession session) {
		return progress(session) == null ? "redirect:/login" : "login/second-factor";
	}

	@PostMapping("/login/second-factor")
	String secondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LoginProgress progress = progress(request.getSession());
		if (progress == null) {
			return "redirect:/login";
		}
		String address = request.getRemoteAddr();
		if (!staff.verifySecondFactor(progress.memberId(), code.strip(), address)) {
			events.publishEvent(new StaffLoginAttempted(progress.email(), progress.memberId(),
					progress.organizationId(),
					StaffLoginAttempted.Outcome.SECOND_FACTOR_REFUSED, address));
			model.addAttribute("error", "The code is not the one your authenticator app shows now. Enter the current "
					+ "6-digit code; each code works once.");
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return "login/second-factor";
		}
		events.publishEvent(new StaffLoginAttempted(progress.email(), progress.memberId(),
				progress.organizationId(), StaffLoginAttempted.Outcome.LOGGED_IN,
				address));
		return next(progress.secondFactorGiven(), request, response);
	}

	@GetMapping("/login/environment")
	String environmentForm(HttpSession session, Model model) {
		LoginProgress progress = progress(session);
		if (progress == null || progress.secondFactorDue()) {
			return "redirect:/login";
		}
		model.addAttribute("environments", progress.environments());
		return "login/environment";
	}

	@PostMapping("/login/environment")
	String environment(@RequestParam(defaultValue = "") String environment, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LoginProgress progress = progress(request.getSession());
		if (progress == null || progress.secondFactorDue()) {
			return "redirect:/login";
		}
		if (!progress.mayChoose(environment)) {
			model.addAttribute("environments", progress.environments());
			model.addAttribute("error", "Choose one of the environments listed.");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "login/environment";
		}
		return finish(progress, Environment.fromCode(environment), request, response);
	}

	@GetMapping("/login/signed-in")
	String signedIn() {
		return "login/signed-in";
	}

	private String next(LoginProgress progress, HttpServletRequest request, HttpServletResponse response) {
		request.getSession().setAttribute(LoginProgress.ATTRIBUTE, progress);
		if (progress.secondFactorDue()) {
			return "redirect:/login/second-factor";
		}
		if (progress.environments().size() == 1) {
			return finish(progress, Environment.fromCode(progress.environments().get(0)), request, response);
		}
		return "redirect:/login/environment";
	}

	/** Every step done: the session now holds the logged-in person, who goes back where they came from. */
	private String finish(LoginProgress progress, Environment environment, HttpServletRequest request,
			HttpServletResponse response) {
		request.getSession().removeAttribute(LoginProgress.ATTRIBUTE);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(PersonPrincipal.of(progress.memberId(), environment, progress.passwordAt(),
				progress.secondFactorAt()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		SavedRequest saved = requests.getRequest(request, response);
		return "redirect:" + (saved == null ? "/login/signed-in" : saved.getRedirectUrl());
	}

	private static LoginProgress progress(HttpSession session) {
		return (LoginProgress) session.getAttribute(LoginProgress.ATTRIBUTE);
	}

	/** What the person may know about why: wrong credentials and an unknown e-mail read the same. */
	private static String explain(LoginRefused refused) {
		return switch (refused.reason()) {
			case BAD_CREDENTIALS -> "The e-mail address or the password is not right. Check both and try again.";
			case LOCKED -> "Too many failed attempts: this account is locked"
					+ (refused.lockedUntil() == null ? "" : " until " + UNTIL.format(refused.lockedUntil()))
					+ ". Try again then, or reset your password.";
			case SUSPENDED -> "This account is suspended. Ask your organization's administrator.";
			case NOT_ACTIVATED -> "This account is not activated yet. Use the link in your invitation e-mail to set a password.";
			case SECOND_FACTOR_NOT_ENROLLED -> "Your organization requires a second factor for your role. We sent you an "
					+ "e-mail with a link to set one up; log in again once it is done.";
		};
	}
}
