package dev.plaza.identity.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.plaza.identity.domain.Role;
import dev.plaza.identity.domain.StaffLinkPurpose;
import dev.plaza.identity.domain.StaffStatus;
import dev.plaza.identity.persistence.OrganizationSecurityRepository;
import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.identity.persistence.StaffMemberRepository;
import dev.plaza.identity.persistence.StaffTokenRepository;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * An organization's people: invited by e-mail, given roles and environments, suspended and deleted.
 * Callers reach only the organization their token's tenant belongs to (the platform operator any);
 * another organization reads as missing. Only owners (and the operator) make, change or unmake
 * owners, and an organization that has an active owner keeps one. Suspending or deleting a person
 * publishes {@link StaffAccessEnded} in the same transaction.
 */
@Service
public class People {

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private final StaffMemberRepository people;

	private final StaffTokenRepository tokens;

	private final OrganizationSecurityRepository security;

	private final OrganizationScopes scopes;

	private final StaffLinks links;

	private final ApplicationEventPublisher events;

	People(StaffMemberRepository people, StaffTokenRepository tokens, OrganizationSecurityRepository security,
			OrganizationScopes scopes, StaffLinks links, ApplicationEventPublisher events) {
		this.people = people;
		this.tokens = tokens;
		this.security = security;
		this.scopes = scopes;
		this.links = links;
		this.events = events;
	}

	/** What to change of a person; null leaves a field as it is. */
	public record Changes(String name, List<String> roles, List<String> environments, String status) {
	}

	/** Invites the person: they get an e-mail with a link, valid 72 hours, to choose their password. */
	public StaffProfile invite(StaffCaller caller, OrganizationId organization, String email, String name, List<String> roles,
			List<String> environments) {
		List<FieldError> errors = new ArrayList<>();
		String address = email == null ? null : email.strip();
		if (address == null || address.length() > 254 || !address.matches(EMAIL)) {
			errors.add(new FieldError("email", "must be an e-mail address such as ana@example.com"));
		}
		checkName(name, errors);
		Set<Role> granted = parse("roles", roles, Role::ofCode, Role.values(), Role::code, errors);
		Set<Environment> where = parse("environments", environments, People::environment, Environment.values(),
				Environment::code, errors);
		Problem.refuseIfAny(errors);
		return scopes.inOrganization(organization, where, () -> {
			if (granted.contains(Role.OWNER)) {
				requireOwner(caller, "grant the owner role");
			}
			StaffAccount invited = new StaffAccount(Ids.newId(), organization, address, name.strip(), granted, where,
					StaffStatus.INVITED, null, 0, null, null, false, null, Instant.now().truncatedTo(ChronoUnit.MICROS));
			if (!people.add(invited)) {
				throw Problem.invalidFields(PeopleProblems.EMAIL_TAKEN, "Someone already has the e-mail address " + address
						+ ". Invite each person once, with an address of their own.",
						List.of(new FieldError("email", "is already someone's")));
			}
			links.send(invited, StaffLinkPurpose.INVITATION);
			return StaffProfile.of(invited);
		});
	}

	/** A new invitation link for a person who has not activated yet; the earlier link stops working. */
	public StaffProfile reinvite(OrganizationId organization, UUID member) {
		return scopes.inOrganization(organization, Set.of(), () -> {
			StaffAccount person = existing(organization, member);
			if (person.status() != StaffStatus.INVITED) {
				throw new Problem(ProblemType.CONFLICT, "Person " + member + " already activated their account."
						+ " A person who forgot their password resets it at /account/password-reset.");
			}
			links.send(person, StaffLinkPurpose.INVITATION);
			return StaffProfile.of(person);
		});
	}

	public StaffProfile get(OrganizationId organization, UUID member) {
		return scopes.inOrganization(organization, Set.of(), () -> StaffProfile.of(existing(organization, member)));
	}

	/** The organization's people, newest first. */
	public List<StaffProfile> page(OrganizationId organization, StaffCursor cursor) {
		return scopes.inOrganization(organization, Set.of(), () -> people.page(organization, cursor.before(), cursor.limit())
			.stream()
			.map(StaffProfile::of)
			.toList());
	}

	public StaffProfile change(StaffCaller caller, OrganizationId organization, UUID member, Changes changes) {
		List<FieldError> errors = new ArrayList<>();
		if (changes.name() != null) {
			checkName(changes.name(), errors);
		}
		Set<Role> roles = changes.roles() == null ? null
				: parse("roles", changes.roles(), Role::ofCode, Role.values(), Role::code, errors);
		Set<Environment> environments = changes.environments() == null ? null
				: parse("environments", changes.environments(), People::environment, Environment.values(), Environment::code,
						errors);
		Optional<StaffStatus> status = Optional.ofNullable(changes.status()).map(code -> StaffStatus.ofCode(code)
			.filter(known -> known == StaffStatus.ACTIVE || known == StaffStatus.SUSPENDED)
			.orElse(null));
		if (changes.status() != null && status.isEmpty()) {
			errors.add(new FieldError("status", "must be 'active' or 'suspended'"));
		}
		Problem.refuseIfAny(errors);
		return scopes.inOrganization(organization, Set.of(), () -> {
			StaffAccount person = lockExisting(organization, member);
			Set<Role> newRoles = roles == null ? person.roles() : roles;
			StaffStatus newStatus = status.map(wanted -> resulting(person, wanted)).orElse(person.status());
			if (person.roles().contains(Role.OWNER) || newRoles.contains(Role.OWNER)) {
				requireOwner(caller, "change an owner or grant the owner role");
			}
			boolean ownerBefore = activeOwner(person.roles(), person.status());
			if (ownerBefore && !activeOwner(newRoles, newStatus)) {
				requireAnotherOwner(organization, person);
			}
			people.update(person.id(), changes.name() == null ? person.name() : changes.name().strip(), newRoles,
					environments == null ? person.environments() : environments, newStatus);
			if (newStatus == StaffStatus.SUSPENDED && person.status() != StaffStatus.SUSPENDED) {
				events.publishEvent(new StaffAccessEnded(person.id()));
			}
			return StaffProfile.of(people.find(person.id()).orElseThrow());
		});
	}

	/** Deletes the person: they can no longer log in, their sessions end, and their e-mail is free again. */
	public void delete(StaffCaller caller, OrganizationId organization, UUID member) {
		scopes.inOrganization(organization, Set.of(), () -> {
			StaffAccount person = lockExisting(organization, member);
			if (person.roles().contains(Role.OWNER)) {
				requireOwner(caller, "delete an owner");
			}
			if (activeOwner(person.roles(), person.status())) {
				requireAnotherOwner(organization, person);
			}
			people.update(person.id(), person.name(), person.roles(), person.environments(), StaffStatus.DELETED);
			Arrays.stream(StaffLinkPurpose.values()).forEach(purpose -> tokens.endAll(person.id(), purpose));
			events.publishEvent(new StaffAccessEnded(person.id()));
			return null;
		});
	}

	/** The roles whose holders must log in with a TOTP code. */
	public Set<Role> secondFactorRequiredFor(OrganizationId organization) {
		return scopes.inOrganization(organization, Set.of(), () -> security.secondFactorRequiredFor(organization));
	}

	/**
	 * Requires holders of these roles to log in with a TOTP code; only {@code owner} and
	 * {@code admin} may be named. Those not enrolled get an enrolment link at their next login.
	 */
	public Set<Role> requireSecondFactor(StaffCaller caller, OrganizationId organization, List<String> roles) {
		List<FieldError> errors = new ArrayList<>();
		Set<Role> required = roles == null || roles.isEmpty() ? Set.of()
				: parse("secondFactorRequiredFor", roles, Role::ofCode, Role.values(), Role::code, errors);
		if (roles == null) {
			errors.add(new FieldError("secondFactorRequiredFor", "must be given: a list of roles, [] for none"));
		}
		else if (errors.isEmpty() && required.stream().anyMatch(role -> role != Role.OWNER && role != Role.ADMIN)) {
			errors.add(new FieldError("secondFactorRequiredFor", "may name only 'owner' and 'admin'"));
		}
		Problem.refuseIfAny(errors);
		return scopes.inOrganization(organization, Set.of(), () -> {
			requireOwner(caller, "decide who needs a second factor");
			security.requireSecondFactorFor(organization, required);
			return required;
		});
	}

	private StaffAccount existing(OrganizationId organization, UUID member) {
		return people.find(member)
			.filter(person -> person.organization().equals(organization))
			.orElseThrow(() -> Problem.notFound("user", member));
	}

	private StaffAccount lockExisting(OrganizationId organization, UUID member) {
		return people.lock(member)
			.filter(person -> person.organization().equals(organization))
			.orElseThrow(() -> Problem.notFound("user", member));
	}

	/** An invited person stays invited when "activated": only their own password activates them. */
	private static StaffStatus resulting(StaffAccount person, StaffStatus wanted) {
		return wanted == StaffStatus.ACTIVE && person.status() == StaffStatus.INVITED ? StaffStatus.INVITED : wanted;
	}

	private static boolean activeOwner(Set<Role> roles, StaffStatus status) {
		return status == StaffStatus.ACTIVE && roles.contains(Role.OWNER);
	}

	private void requireAnotherOwner(OrganizationId organization, StaffAccount person) {
		if (people.activeOwners(organization) <= 1) {
			throw new Problem(PeopleProblems.LAST_OWNER, person.email() + " is the organization's only active owner. Make "
					+ "another person owner first (PATCH their roles), then change or remove this one.");
		}
	}

	private void requireOwner(StaffCaller caller, String what) {
		if (caller.platformAdmin()) {
			return;
		}
		boolean owner = caller.member()
			.flatMap(people::find)
			.filter(person -> person.status() == StaffStatus.ACTIVE)
			.map(person -> person.roles().contains(Role.OWNER))
			.orElse(false);
		if (!owner) {
			throw new Problem(PeopleProblems.OWNER_ONLY, "Only an owner of the organization can " + what
					+ ". Ask one of its owners to do it.");
		}
	}

	private static void checkName(String name, List<FieldError> errors) {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			errors.add(new FieldError("name", "must be the person's name, 1 to 200 characters"));
		}
	}

	private static Optional<Environment> environment(String code) {
		return Arrays.stream(Environment.values()).filter(environment -> environment.code().equals(code)).findFirst();
	}

	private static <T> Set<T> parse(String field, Collection<String> codes, Function<String, Optional<T>> parser, T[] known,
			Function<T, String> code, List<FieldError> errors) {
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
