package dev.plaza.identity.remote;

import java.util.UUID;

import dev.plaza.identity.Invitations;
import dev.plaza.identity.Invitations.OwnerInvitation;
import dev.plaza.tenancy.OrganizationId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link Invitations} to the other services (onboarding's provisioning), in the platform scope their call names. */
@RestController
class InvitationsEndpoint implements InvitationsApi {

	private final Invitations invitations;

	InvitationsEndpoint(Invitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public OwnerInvitation inviteOwner(UUID organization, Invitee owner) {
		if (owner == null) {
			throw new IllegalArgumentException("Name the owner to invite: {\"email\", \"name\"}");
		}
		return invitations.inviteOwner(new OrganizationId(organization), owner.email(), owner.name());
	}

	/** An e-mail or name that is not one: the interface's own refusal, which its caller turns back into an exception. */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail refused(IllegalArgumentException refusal) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusal.getMessage());
	}
}
