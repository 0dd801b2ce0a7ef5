package dev.plaza.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person's password must be: at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_BYTES} bytes in UTF-8 (all bcrypt reads of a password; Spring Security's encoder
 * refuses longer ones rather than ignore the rest), not one of the commonly used passwords (nor one
 * with digits or signs tacked on), and not containing the person's e-mail or name. Length follows
 * NIST SP 800-63B; no composition rules.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	/** Shorter name parts ("Al") would refuse too many good passwords. */
	private static final int NAME_PART_MIN = 4;

	private final Set<String> common;

	/** @param commonPasswords known common passwords; compared without case */
	public PasswordPolicy(Set<String> commonPasswords) {
		this.common = commonPasswords.stream()
			.map(password -> password.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Why the password is refused, completing a sentence that starts with "password", or empty when
	 * it is fine.
	 */
	public Optional<String> refusal(String password, String email, String name) {
		if (password == null || password.isEmpty()) {
			return Optional.of("must be given");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("must be at least " + MIN_LENGTH + " characters long; a few unrelated words make a good one");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("must be at most " + MAX_BYTES + " bytes long: " + MAX_BYTES
					+ " plain letters, digits or spaces, fewer where accented letters or emoji take several bytes each");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (isCommon(lower)) {
			return Optional.of("is one of the most commonly used passwords; choose one nobody else would");
		}
		if (containsPersonal(lower, email, name)) {
			return Optional.of("must not contain your e-mail address or name");
		}
		return Optional.empty();
	}

	private boolean isCommon(String lower) {
		if (common.contains(lower)) {
			return true;
		}
		String stem = lower.replaceFirst("[\\d\\p{Punct}\\s]+$", "").replaceFirst("^[\\d\\p{Punct}\\s]+", "");
		return stem.length() >= NAME_PART_MIN && common.contains(stem);
	}

	private static boolean containsPersonal(String lower, String email, String name) {
		if (email != null && !email.isBlank()) {
			String address = email.toLowerCase(Locale.ROOT);
			String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
			if (lower.contains(address) || (local.length() >= NAME_PART_MIN && lower.contains(local))) {
				return true;
			}
		}
		if (name != null) {
			for (String part : name.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) {
				if (part.length() >= NAME_PART_MIN && lower.contains(part)) {
					return true;
				}
			}
		}
		return false;
	}
}
