package dev.plaza.identity.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.plaza.identity.domain.Role;
import dev.plaza.identity.domain.StaffFields;
import dev.plaza.identity.domain.StaffLinkPurpose;
import dev.plaza.identity.domain.StaffStatus;
import dev.plaza.identity.persistence.OrganizationSecurityRepository;
import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.identity.persistence.StaffMemberRepository;
import dev.plaza.identity.persistence.StaffTokenRepository;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.platform.NewestFirstPage;
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
		StaffFields fields = new StaffFields();
		String address = fields.email(email);
		String fullName = fields.name(name);
		Set<Role> granted = fields.roles("roles", roles);
		Set<Environment> where = fields.environments(environments);
		Problem.refuseIfAny(fields.errors());
		return scopes.inOrganization(organization, where, () -> {
			if (granted.contains(Role.OWNER)) {
				requireOwner(caller, "grant the owner role");
			}
			StaffAccount invited = new StaffAccount(Ids.newId(), organization, address, fullName, granted, where,
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
	public List<StaffProfile> page(OrganizationId organization, NewestFirstPage cursor) {
		return scopes.inOrganization(organization, Set.of(), () -> people.page(organization, cursor.before(), cursor.limit())
			.stream()
			.map(StaffProfile::of)
			.toList());
	}

	public StaffProfile change(StaffCaller caller, OrganizationId organization, UUID member, Changes changes) {
		StaffFields fields = new StaffFields();
		String name = changes.name() == null ? null : fields.name(changes.name());
		Set<Role> roles = changes.roles() == null ? null : fields.roles("roles", changes.roles());
		Set<Environment> environments = changes.environments() == null ? null : fields.environments(changes.environments());
		Optional<StaffStatus> status = changes.status() == null ? Optional.empty() : fields.settableStatus(changes.status());
		Problem.refuseIfAny(fields.errors());
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
			people.update(person.id(), name == null ? person.name() : name, newRoles,
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
		StaffFields fields = new StaffFields();
		Set<Role> required = fields.secondFactorRoles(roles);
		Problem.refuseIfAny(fields.errors());
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
}
