package dev.plaza.identity.application;

import dev.plaza.platform.ProblemType;

/** The ways a change of an organization's people can be refused, beyond the common ones. */
public final class PeopleProblems {

	/** Making, changing or unmaking an owner, or requiring a second factor, by someone who is no owner. */
	public static final ProblemType OWNER_ONLY = new ProblemType("owner-only", "Only an owner may do this", 403);

	/** The change would leave the organization without an active owner. */
	public static final ProblemType LAST_OWNER = new ProblemType("last-owner", "The organization needs an owner", 409);

	/** Someone already has the e-mail address. */
	public static final ProblemType EMAIL_TAKEN = new ProblemType("email-taken", "E-mail address taken", 409);

	/** A token that is an API client's, not a person's, where only a person can act. */
	public static final ProblemType NOT_A_PERSON = new ProblemType("not-a-person", "Not a person's token", 403);

	/** A one-time link that was used, replaced or never given out. */
	public static final ProblemType LINK_USED = new ProblemType("link-used", "Link no longer valid", 410);

	/** A one-time link past its validity. */
	public static final ProblemType LINK_EXPIRED = new ProblemType("link-expired", "Link expired", 410);

	private PeopleProblems() {
	}
}
