package dev.plaza.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import dev.plaza.identity.domain.StaffLinkPurpose;
import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.identity.persistence.StaffTokenRepository;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.Emails;
import org.springframework.stereotype.Component;

/**
 * E-mails people one-time links: an invitation, a password reset, a second-factor enrolment. Only
 * the SHA-256 hash of a link's token is stored, and a new link for a purpose ends the person's
 * earlier ones. Call it in a transaction bound to one of the person's organization's tenants: the
 * e-mail goes out on its behalf once that transaction commits.
 */
@Component
class StaffLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffTokenRepository links;

	private final Emails emails;

	private final TokenAuthority authority;

	StaffLinks(StaffTokenRepository links, Emails emails, TokenAuthority authority) {
		this.links = links;
		this.emails = emails;
		this.authority = authority;
	}

	void send(StaffAccount person, StaffLinkPurpose purpose) {
		String token = newToken();
		byte[] hash = hash(token);
		links.replace(hash, person.id(), purpose, Instant.now().plus(purpose.validity()));
		String url = authority.issuer() + path(purpose) + "?token=" + token;
		emails.send(EmailMessage.text("staff-link/" + purpose.code() + "/" + HexFormat.of().formatHex(hash), person.email(),
				subject(purpose), text(purpose, person, url)));
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	static String path(StaffLinkPurpose purpose) {
		return switch (purpose) {
			case INVITATION -> "/account/activate";
			case PASSWORD_RESET -> "/account/reset";
			case SECOND_FACTOR -> "/account/second-factor";
		};
	}

	private static String subject(StaffLinkPurpose purpose) {
		return switch (purpose) {
			case INVITATION -> "You are invited to Plaza";
			case PASSWORD_RESET -> "Reset your Plaza password";
			case SECOND_FACTOR -> "Set up your Plaza second factor";
		};
	}

	private static String text(StaffLinkPurpose purpose, StaffAccount person, String url) {
		long hours = purpose.validity().toHours();
		String what = switch (purpose) {
			case INVITATION -> "You were invited to Plaza. Choose your password here to activate your account:";
			case PASSWORD_RESET -> "Someone (we hope you) asked to reset your Plaza password. Choose a new one here:";
			case SECOND_FACTOR -> "Your organization requires a second factor before you log in. Set it up here:";
		};
		String otherwise = purpose == StaffLinkPurpose.INVITATION ? "" : "\nIf you did not ask for this, ignore this e-mail.\n";
		return "Hello " + person.name() + ",\n\n" + what + "\n\n" + url + "\n\nThe link works once, for " + hours + " hours."
				+ otherwise + "\n";
	}

	private static String newToken() {
		byte[] value = new byte[32];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}
}
