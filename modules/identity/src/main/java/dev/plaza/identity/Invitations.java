package dev.plaza.identity;

import dev.plaza.tenancy.OrganizationId;

/** Invites people on behalf of other modules, such as onboarding handing a new business to its contact. */
public interface Invitations {

	/** What inviting an organization's owner came to. */
	enum OwnerInvitation {

		/** The person was added as owner, in every environment, and e-mailed a link to choose a password. */
		INVITED,

		/** Someone with that e-mail already belongs to the organization: nothing was done. */
		ALREADY_MEMBER,

		/** The e-mail belongs to someone of another organization: nobody was invited. */
		EMAIL_TAKEN
	}

	/**
	 * Invites the person as the organization's owner, unless someone with that e-mail exists: running it
	 * again after a retry or a crash invites nobody twice and sends no second e-mail.
	 *
	 * @throws IllegalArgumentException if the e-mail or the name is not one
	 */
	OwnerInvitation inviteOwner(OrganizationId organization, String email, String name);
}
