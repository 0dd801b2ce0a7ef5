package dev.plaza.identity.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.plaza.platform.FieldError;
import dev.plaza.tenancy.Environment;

/**
 * The rules of a person's fields as a request gives them: each method reads one field, records what
 * is wrong with it as a {@link FieldError} naming the field, and answers its value (or an empty
 * value when it is wrong). {@link #errors()} lists them all at the end, so one refusal names every
 * field to fix.
 */
public final class StaffFields {

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private static final int MAX_EMAIL = 254;

	private static final int MAX_NAME = 200;

	private final List<FieldError> errors = new ArrayList<>();

	public List<FieldError> errors() {
		return List.copyOf(errors);
	}

	/** The address, without surrounding blanks. */
	public String email(String given) {
		String address = given == null ? "" : given.strip();
		if (address.length() > MAX_EMAIL || !address.matches(EMAIL)) {
			errors.add(new FieldError("email", "must be an e-mail address such as ana@example.com"));
		}
		return address;
	}

	/** The person's name, without surrounding blanks. */
	public String name(String given) {
		String name = given == null ? "" : given.strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			errors.add(new FieldError("name", "must be the person's name, 1 to " + MAX_NAME + " characters"));
		}
		return name;
	}

	/** At least one role, by code. */
	public Set<Role> roles(String field, List<String> codes) {
		return atLeastOne(field, codes, Role::ofCode, Role.values(), Role::code);
	}

	/** At least one environment, by code. */
	public Set<Environment> environments(List<String> codes) {
		return atLeastOne("environments", codes, StaffFields::environment, Environment.values(), Environment::code);
	}

	/** A status a person may be put in by others: {@code active} or {@code suspended}. */
	public Optional<StaffStatus> settableStatus(String code) {
		Optional<StaffStatus> status = StaffStatus.ofCode(code)
			.filter(known -> known == StaffStatus.ACTIVE || known == StaffStatus.SUSPENDED);
		if (status.isEmpty()) {
			errors.add(new FieldError("status", "must be 'active' or 'suspended'"));
		}
		return status;
	}

	/** The roles that must give a second factor at login: none, or {@code owner} and {@code admin}. */
	public Set<Role> secondFactorRoles(List<String> codes) {
		String field = "secondFactorRequiredFor";
		if (codes == null) {
			errors.add(new FieldError(field, "must be given: a list of roles, [] for none"));
			return Set.of();
		}
		if (codes.isEmpty()) {
			return Set.of();
		}
		int before = errors.size();
		Set<Role> roles = roles(field, codes);
		if (errors.size() == before && roles.stream().anyMatch(role -> role != Role.OWNER && role != Role.ADMIN)) {
			errors.add(new FieldError(field, "may name only 'owner' and 'admin'"));
		}
		return roles;
	}

	private static Optional<Environment> environment(String code) {
		return Arrays.stream(Environment.values()).filter(environment -> environment.code().equals(code)).findFirst();
	}

	private <T> Set<T> atLeastOne(String field, List<String> codes, Function<String, Optional<T>> parser, T[] known,
			Function<T, String> code) {
		String allowed = Arrays.stream(known).map(code).collect(Collectors.joining(", "));
		if (codes == null || codes.isEmpty()) {
			errors.add(new FieldError(field, "must name at least one of " + allowed));
			return Set.of();
		}
		Set<T> parsed = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String given : codes) {
			Optional<T> value = given == null ? Optional.empty() : parser.apply(given);
			value.ifPresentOrElse(parsed::add, () -> unknown.add(String.valueOf(given)));
		}
		if (!unknown.isEmpty()) {
			errors.add(new FieldError(field, "contains unknown values " + unknown + "; use " + allowed));
		}
		return parsed;
	}
}
