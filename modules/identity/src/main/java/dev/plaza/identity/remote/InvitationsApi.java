package dev.plaza.identity.remote;

import java.util.UUID;

import dev.plaza.identity.Invitations.OwnerInvitation;
import dev.plaza.platform.ServiceCalls;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * {@link dev.plaza.identity.Invitations} over HTTP: served by {@link InvitationsEndpoint}, called by
 * {@link RemoteInvitations}. Inviting the owner is a {@code PUT}: a person already invited is found
 * again and nobody is e-mailed twice, so a lost answer may be retried. An e-mail or name that is not
 * one is a 400.
 */
@HttpExchange(ServiceCalls.PATH_PREFIX + "/identity")
interface InvitationsApi {

	@PutExchange("/organizations/{organization}/owner")
	OwnerInvitation inviteOwner(@PathVariable UUID organization, @RequestBody Invitee owner);

	/** Who is invited. */
	record Invitee(String email, String name) {
	}
}
