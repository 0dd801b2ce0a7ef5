package dev.plaza.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.identity.persistence.StaffMemberRepository;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person enrols a TOTP second factor: a new secret, shown once as an {@code otpauth://} URI for
 * their authenticator app, becomes their second factor when they confirm it with a current code.
 * Until then their login asks for no code. An enrolled factor is not replaced this way, so a stolen
 * session cannot swap it.
 */
@Service
public class SecondFactors {

	/** The issuer name authenticator apps show beside the account. */
	static final String ISSUER = "Plaza";

	private final StaffMemberRepository people;

	SecondFactors(StaffMemberRepository people) {
		this.people = people;
	}

	/** A secret to enter into an authenticator app, and the same as a URI (usually shown as a QR code). */
	public record Enrolment(String secret, String uri) {
	}

	/** Starts enrolment for the person the current token names; a restart replaces the pending secret. */
	@Transactional
	public Enrolment start(UUID member) {
		StaffAccount person = person(member);
		if (person.totpEnrolled()) {
			throw new Problem(ProblemType.CONFLICT, "A second factor is already enrolled for " + person.email()
					+ ". Log in with it; an owner or admin can help if the device is lost.");
		}
		return begin(person, SecondFactorCodes.newSecret());
	}

	/** Confirms enrolment with a current code of the authenticator app; the code is used up. */
	@Transactional
	public void confirm(UUID member, String code) {
		finish(people.lock(member).orElseThrow(() -> notAPerson()), code);
	}

	/** The pending enrolment of the person, started if there is none yet, for the e-mailed enrolment link. */
	Enrolment pendingOrNew(StaffAccount person) {
		return person.totpSecret() == null ? begin(person, SecondFactorCodes.newSecret())
				: new Enrolment(person.totpSecret(), SecondFactorCodes.uri(person.totpSecret(), ISSUER, person.email()));
	}

	void finish(StaffAccount person, String code) {
		if (person.totpEnrolled()) {
			throw new Problem(ProblemType.CONFLICT, "The second factor of " + person.email() + " is already enrolled.");
		}
		if (person.totpSecret() == null) {
			throw new Problem(ProblemType.CONFLICT, "No enrolment was started for " + person.email()
					+ ". Start one with POST /api/v1/me/second-factor.");
		}
		OptionalLong step = SecondFactorCodes.matchingStep(person.totpSecret(), code, Instant.now(), person.totpLastStep());
		if (step.isEmpty() || !people.useTimeStep(person.id(), step.getAsLong())) {
			throw Problem.invalidFields(ProblemType.VALIDATION, List.of(new FieldError("code",
					"is not the current code of the authenticator app; enter the six digits it shows now")));
		}
		people.confirmSecondFactor(person.id());
	}

	private Enrolment begin(StaffAccount person, String secret) {
		people.startSecondFactor(person.id(), secret);
		return new Enrolment(secret, SecondFactorCodes.uri(secret, ISSUER, person.email()));
	}

	private StaffAccount person(UUID member) {
		return people.find(member).orElseThrow(SecondFactors::notAPerson);
	}

	private static Problem notAPerson() {
		return new Problem(PeopleProblems.NOT_A_PERSON, "Only a person's token (from logging in) has a second factor; "
				+ "this token is an API client's or names no person of its organization.");
	}
}
