package dev.plaza.identity.remote;

import java.util.UUID;

import dev.plaza.identity.Invitations;
import dev.plaza.identity.Invitations.OwnerInvitation;
import dev.plaza.identity.domain.StaffFields;
import dev.plaza.platform.Problem;
import dev.plaza.tenancy.OrganizationId;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link Invitations} to the other services (onboarding's provisioning), in the platform scope their call names. */
@RestController
class InvitationsEndpoint implements InvitationsApi {

	private final Invitations invitations;

	InvitationsEndpoint(Invitations invitations) {
		this.invitations = invitations;
	}

	/** The owner's e-mail and name are checked by the rules every invitation follows, each refusal named. */
	@Override
	public OwnerInvitation inviteOwner(UUID organization, Invitee owner) {
		StaffFields fields = new StaffFields();
		String email = fields.email(owner == null ? null : owner.email());
		String name = fields.name(owner == null ? null : owner.name());
		Problem.refuseIfAny(fields.errors());
		return invitations.inviteOwner(new OrganizationId(organization), email, name);
	}
}
