package dev.plaza.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.plaza.identity.domain.PasswordPolicy;
import dev.plaza.identity.domain.StaffLinkPurpose;
import dev.plaza.identity.domain.StaffStatus;
import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.identity.persistence.StaffMemberRepository;
import dev.plaza.identity.persistence.StaffTokenRepository;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What the e-mailed one-time links do: an invitation sets the first password and activates the
 * person; a reset sets a new password, clears the lockout and publishes {@link StaffPasswordChanged};
 * a second-factor link enrols a TOTP secret. A link works once, until it expires; the person behind
 * it is looked up in the platform scope, as no tenant is known yet.
 */
@Service
public class AccountLinks {

	/** The least time between two reset e-mails to one person. */
	static final Duration RESET_INTERVAL = Duration.ofMinutes(1);

	private final StaffTokenRepository links;

	private final StaffMemberRepository people;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final OrganizationScopes scopes;

	private final StaffLinks mail;

	private final SecondFactors secondFactors;

	private final ApplicationEventPublisher events;

	AccountLinks(StaffTokenRepository links, StaffMemberRepository people, PasswordPolicy policy, PasswordEncoder passwords,
			OrganizationScopes scopes, StaffLinks mail, SecondFactors secondFactors, ApplicationEventPublisher events) {
		this.links = links;
		this.people = people;
		this.policy = policy;
		this.passwords = passwords;
		this.scopes = scopes;
		this.mail = mail;
		this.secondFactors = secondFactors;
		this.events = events;
	}

	/** Who the link is for, to greet them on its page. */
	public record Holder(String email, String name) {
	}

	/**
	 * The person the link is for, while it is valid.
	 *
	 * @throws Problem {@link PeopleProblems#LINK_USED} or {@link PeopleProblems#LINK_EXPIRED}
	 */
	public Holder holder(String token, StaffLinkPurpose purpose) {
		return scopes.asPlatform(() -> {
			StaffAccount person = valid(token, purpose);
			return new Holder(person.email(), person.name());
		});
	}

	/** Sets the first password of an invited person, who becomes active. */
	public void activate(String token, String password) {
		setPassword(token, StaffLinkPurpose.INVITATION, password);
	}

	/** Sets a new password from a reset link, ends the lockout and tells the login side to end sessions. */
	public void reset(String token, String password) {
		setPassword(token, StaffLinkPurpose.PASSWORD_RESET, password);
	}

	/**
	 * E-mails a reset link, valid an hour, to the person with this address, if there is one who may
	 * log in and no link was sent them in the last minute (so the form cannot flood their inbox). The
	 * caller's answer is the same either way.
	 */
	public void requestReset(String email) {
		if (email == null || email.isBlank()) {
			return;
		}
		Instant aMinuteAgo = Instant.now().minus(RESET_INTERVAL);
		Optional<StaffAccount> found = scopes.asPlatform(() -> people.withEmail(email.strip()))
			.filter(person -> person.status() == StaffStatus.ACTIVE)
			.filter(person -> !scopes.asPlatform(() -> links.sentSince(person.id(), StaffLinkPurpose.PASSWORD_RESET, aMinuteAgo)));
		found.ifPresent(person -> scopes.inOrganization(person.organization(), person.environments(), () -> {
			mail.send(person, StaffLinkPurpose.PASSWORD_RESET);
			return null;
		}));
	}

	/** The secret to enrol, from a second-factor link; the same secret each time the page is shown. */
	public SecondFactors.Enrolment secondFactorEnrolment(String token) {
		return scopes.asPlatform(() -> secondFactors.pendingOrNew(notEnrolled(valid(token, StaffLinkPurpose.SECOND_FACTOR))));
	}

	/** Confirms the enrolment of a second-factor link with a current code; the link is used up. */
	public void confirmSecondFactor(String token, String code) {
		scopes.asPlatform(() -> {
			StaffAccount person = notEnrolled(people.lock(valid(token, StaffLinkPurpose.SECOND_FACTOR).id()).orElseThrow());
			if (person.totpSecret() == null) {
				throw Problem.invalidFields(ProblemType.VALIDATION, List.of(new FieldError("code",
						"comes after adding the key to the authenticator app: open the e-mailed link to see the key")));
			}
			secondFactors.finish(person, code);
			links.use(StaffLinks.hash(token));
			return null;
		});
	}

	private void setPassword(String token, StaffLinkPurpose purpose, String password) {
		scopes.asPlatform(() -> {
			StaffAccount person = valid(token, purpose);
			policy.refusal(password, person.email(), person.name()).ifPresent(reason -> {
				throw Problem.invalidFields(ProblemType.VALIDATION, List.of(new FieldError("password", reason)));
			});
			if (!links.use(StaffLinks.hash(token))) {
				throw used();
			}
			people.setPassword(person.id(), passwords.encode(password));
			if (purpose == StaffLinkPurpose.PASSWORD_RESET) {
				events.publishEvent(new StaffPasswordChanged(person.id()));
			}
			return null;
		});
	}

	private StaffAccount valid(String token, StaffLinkPurpose purpose) {
		if (token == null || token.isBlank()) {
			throw used();
		}
		StaffTokenRepository.Link link = links.find(StaffLinks.hash(token), purpose).orElseThrow(AccountLinks::used);
		if (link.used()) {
			throw used();
		}
		if (!Instant.now().isBefore(link.expiresAt())) {
			throw new Problem(PeopleProblems.LINK_EXPIRED, "This link expired. " + expiredHint(purpose));
		}
		return people.find(link.member())
			.filter(person -> person.status() != StaffStatus.SUSPENDED)
			.orElseThrow(AccountLinks::used);
	}

	/** An enrolment link does nothing once the factor is enrolled (and must never show the secret again). */
	private static StaffAccount notEnrolled(StaffAccount person) {
		if (person.totpEnrolled()) {
			throw used();
		}
		return person;
	}

	private static String expiredHint(StaffLinkPurpose purpose) {
		return switch (purpose) {
			case INVITATION -> "Ask whoever invited you to send a new invitation.";
			case PASSWORD_RESET -> "Ask for a new one at /account/password-reset.";
			case SECOND_FACTOR -> "Log in again to get a new one.";
		};
	}

	private static Problem used() {
		return new Problem(PeopleProblems.LINK_USED, "This link was already used, replaced by a newer one, or never given out. "
				+ "Use the newest link you were e-mailed, or ask for a new one.");
	}
}
