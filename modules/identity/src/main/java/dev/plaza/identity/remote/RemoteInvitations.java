package dev.plaza.identity.remote;

import dev.plaza.identity.Invitations;
import dev.plaza.identity.remote.InvitationsApi.Invitee;
import dev.plaza.tenancy.OrganizationId;

/** {@link Invitations} of identity-service, which holds people, for a service that does not (commerce-service's onboarding). */
final class RemoteInvitations implements Invitations {

	private final InvitationsApi identity;

	RemoteInvitations(InvitationsApi identity) {
		this.identity = identity;
	}

	@Override
	public OwnerInvitation inviteOwner(OrganizationId organization, String email, String name) {
		return identity.inviteOwner(organization.value(), new Invitee(email, name));
	}
}
