package dev.plaza.identity.application;

import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.plaza.identity.application.LoginRefused.Reason;
import dev.plaza.identity.domain.Lockout;
import dev.plaza.identity.domain.StaffLinkPurpose;
import dev.plaza.identity.domain.StaffStatus;
import dev.plaza.identity.persistence.OrganizationSecurityRepository;
import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.identity.persistence.StaffMemberRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Login by e-mail and password, then a TOTP code when the person has one. An unknown e-mail costs a
 * password check all the same, so the answer's timing does not tell who has an account. Wrong
 * passwords and wrong codes count towards the {@link Lockout}; a locked account is refused without
 * looking at the password.
 */
@Service
class PasswordLogin implements StaffLogin {

	private final StaffMemberRepository people;

	private final OrganizationSecurityRepository security;

	private final PasswordEncoder passwords;

	private final OrganizationScopes scopes;

	private final StaffLinks links;

	/** A hash no password is known for, checked against when there is no person to check against. */
	private final String decoy;

	PasswordLogin(StaffMemberRepository people, OrganizationSecurityRepository security, PasswordEncoder passwords,
			OrganizationScopes scopes, StaffLinks links) {
		this.people = people;
		this.security = security;
		this.passwords = passwords;
		this.scopes = scopes;
		this.links = links;
		this.decoy = passwords.encode(UUID.randomUUID().toString());
	}

	@Override
	public StaffMember authenticate(String email, String password, String address) {
		Instant now = Instant.now();
		Optional<StaffAccount> found = email == null ? Optional.empty() : scopes.asPlatform(() -> people.withEmail(email.strip()));
		String given = password == null ? "" : password;
		if (found.isEmpty() || found.get().passwordHash() == null || found.get().lockedAt(now)) {
			passwords.matches(given, decoy);
			throw found.map(person -> refusalBeforePassword(person, now)).orElseGet(() -> new LoginRefused(Reason.BAD_CREDENTIALS, null));
		}
		StaffAccount person = found.get();
		if (!passwords.matches(given, person.passwordHash())) {
			throw failure(person.id(), now);
		}
		if (person.status() == StaffStatus.SUSPENDED) {
			throw new LoginRefused(Reason.SUSPENDED, null);
		}
		scopes.asPlatform(() -> {
			people.clearFailures(person.id());
			return null;
		});
		if (!person.totpEnrolled() && secondFactorRequired(person)) {
			scopes.inOrganization(person.organization(), person.environments(), () -> {
				links.send(person, StaffLinkPurpose.SECOND_FACTOR);
				return null;
			});
			throw new LoginRefused(Reason.SECOND_FACTOR_NOT_ENROLLED, null);
		}
		return member(person);
	}

	@Override
	public boolean verifySecondFactor(UUID memberId, String code, String address) {
		Instant now = Instant.now();
		Optional<StaffAccount> found = scopes.asPlatform(() -> people.find(memberId));
		if (found.isEmpty() || !found.get().totpEnrolled() || found.get().lockedAt(now)
				|| found.get().status() != StaffStatus.ACTIVE) {
			return false;
		}
		StaffAccount person = found.get();
		OptionalLong step = SecondFactorCodes.matchingStep(person.totpSecret(), code, now, person.totpLastStep());
		boolean accepted = step.isPresent() && scopes.asPlatform(() -> people.useTimeStep(memberId, step.getAsLong()));
		if (!accepted) {
			failure(memberId, now);
			return false;
		}
		scopes.asPlatform(() -> {
			people.clearFailures(memberId);
			return null;
		});
		return true;
	}

	@Override
	public Optional<StaffMember> active(UUID memberId) {
		return scopes.asPlatform(() -> people.find(memberId))
			.filter(person -> person.status() == StaffStatus.ACTIVE)
			.map(PasswordLogin::member);
	}

	static StaffMember member(StaffAccount person) {
		return new StaffMember(person.id(), person.organization(), person.email(), person.name(), person.roles(),
				person.environments(), person.totpEnrolled());
	}

	private boolean secondFactorRequired(StaffAccount person) {
		return !Collections.disjoint(scopes.asPlatform(() -> security.secondFactorRequiredFor(person.organization())),
				person.roles());
	}

	private static LoginRefused refusalBeforePassword(StaffAccount person, Instant now) {
		if (person.lockedAt(now)) {
			return new LoginRefused(Reason.LOCKED, person.lockedUntil());
		}
		return new LoginRefused(person.status() == StaffStatus.INVITED ? Reason.NOT_ACTIVATED : Reason.BAD_CREDENTIALS, null);
	}

	/** Counts the failure; the refusal says LOCKED when this failure locked the account. */
	private LoginRefused failure(UUID memberId, Instant now) {
		Optional<Instant> lockedUntil = scopes.asPlatform(() -> {
			Optional<Instant> until = Lockout.lockedUntil(people.countFailure(memberId), now);
			until.ifPresent(instant -> people.lockUntil(memberId, instant));
			return until;
		});
		return lockedUntil.map(until -> new LoginRefused(Reason.LOCKED, until))
			.orElseGet(() -> new LoginRefused(Reason.BAD_CREDENTIALS, null));
	}
}
