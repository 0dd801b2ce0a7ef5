package dev.plaza.devmail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the dev mailbox: {@code GET /dev/mail/messages} for programs (a {@code platform:admin} token,
 * like every other look across tenants), {@code GET /dev/mail} as a page for a developer's browser on
 * this machine, which sends no token: it is served to loopback clients only. Only while the dev mailbox
 * is on ({@link DevMailbox} registers the {@link Mailbox} before the context starts).
 */
@RestController
@ConditionalOnBean(Mailbox.class)
@Hidden
class DevMailController {

	static final ProblemType LOOPBACK_ONLY = new ProblemType("dev-mailbox-loopback-only", "Dev mailbox is local", 403);

	private final Mailbox mailbox;

	DevMailController(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	/**
	 * Outside {@code /api/} no filter asks for a token, so a call without one is let through to answer 401
	 * here rather than the 403 a missing scope gets.
	 */
	@GetMapping(path = DevMailbox.PAGE + "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("isAnonymous() or hasAuthority('SCOPE_platform:admin')")
	ResponseEntity<List<ReceivedMail>> messages(Authentication caller, HttpServletResponse response) {
		if (caller == null || caller instanceof AnonymousAuthenticationToken) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			throw new Problem(ProblemType.UNAUTHORIZED, "Send an access token with scope platform:admin (Authorization: Bearer "
					+ "<token>, from POST /oauth2/token as plaza-admin), or open " + DevMailbox.PAGE + " on this machine.");
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(mailbox.messages());
	}

	/** No token: a browser sends none. Loopback clients only, checked here. */
	@GetMapping(path = DevMailbox.PAGE, produces = MediaType.TEXT_HTML_VALUE)
	@PreAuthorize("permitAll()")
	ResponseEntity<String> page(HttpServletRequest request) throws UnknownHostException {
		if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
			throw new Problem(LOOPBACK_ONLY, "The dev mailbox page is shown only on the machine Plaza runs on: open it "
					+ "there (http://127.0.0.1:<port>" + DevMailbox.PAGE + "), or call GET " + DevMailbox.PAGE
					+ "/messages with a platform:admin token.");
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(MailboxPage.render(mailbox.messages()));
	}
}
