package dev.plaza.notifications.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.plaza.notifications.application.NotificationsProblems;
import dev.plaza.notifications.domain.Recipient;
import dev.plaza.platform.Problem;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks recipients as sent: every bad one is named by its index, and then none is taken. */
final class RecipientList {

	static final int MAX_LISTED = 1000;

	static final int MAX_NAME = 200;

	private RecipientList() {
	}

	/** Refuses the list with a 422 listing every bad recipient (the first thousand), if any is. */
	static void refuseIfInvalid(List<Recipient> recipients) {
		List<Map<String, Object>> errors = new ArrayList<>();
		int bad = 0;
		for (int i = 0; i < recipients.size(); i++) {
			Recipient recipient = recipients.get(i);
			Optional<String> problem = recipient == null ? Optional.of("is missing: send {\"email\": ..., \"name\": ...}")
					: problem(recipient);
			if (problem.isPresent()) {
				bad++;
				if (errors.size() < MAX_LISTED) {
					Map<String, Object> error = new LinkedHashMap<>();
					error.put("index", i);
					error.put("email", recipient == null ? null : recipient.email());
					error.put("reason", problem.get());
					errors.add(error);
				}
			}
		}
		if (bad > 0) {
			throw new Problem(NotificationsProblems.INVALID_RECIPIENTS, bad + " of " + recipients.size()
					+ " recipients are invalid (listed in 'errors' by index" + (bad > MAX_LISTED ? ", the first " + MAX_LISTED : "")
					+ "). Fix or remove them and send the request again; nothing was stored.",
					Map.of("errors", errors, "invalidCount", bad));
		}
	}

	private static Optional<String> problem(Recipient recipient) {
		if (recipient.name() != null && recipient.name().length() > MAX_NAME) {
			return Optional.of("name is longer than " + MAX_NAME + " characters");
		}
		String email = recipient.email();
		if (email == null || email.isBlank()) {
			return Optional.of("email is missing");
		}
		if (email.length() > 254) {
			return Optional.of("email is longer than 254 characters");
		}
		try {
			InternetAddress address = new InternetAddress(email.trim(), true);
			address.validate();
			if (address.getPersonal() != null || !address.getAddress().equals(email.trim()) || !email.contains("@")) {
				return Optional.of("email must be a bare address such as ana@example.com");
			}
			return Optional.empty();
		}
		catch (AddressException ex) {
			return Optional.of("email is not a valid address (" + ex.getMessage() + ")");
		}
	}
}
