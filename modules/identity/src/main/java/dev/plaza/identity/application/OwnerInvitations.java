package dev.plaza.identity.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import dev.plaza.identity.Invitations;
import dev.plaza.identity.domain.Role;
import dev.plaza.identity.domain.StaffFields;
import dev.plaza.identity.domain.StaffLinkPurpose;
import dev.plaza.identity.domain.StaffStatus;
import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.identity.persistence.StaffMemberRepository;
import dev.plaza.platform.Ids;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import org.springframework.stereotype.Service;

/**
 * Invites owners the way {@link People#invite} invites anyone (the same row, the same e-mailed link),
 * for modules that found organizations. The e-mail's uniqueness across Plaza makes it idempotent.
 */
@Service
class OwnerInvitations implements Invitations {

	private final StaffMemberRepository people;

	private final OrganizationScopes scopes;

	private final StaffLinks links;

	OwnerInvitations(StaffMemberRepository people, OrganizationScopes scopes, StaffLinks links) {
		this.people = people;
		this.scopes = scopes;
		this.links = links;
	}

	@Override
	public OwnerInvitation inviteOwner(OrganizationId organization, String email, String name) {
		StaffFields fields = new StaffFields();
		String address = fields.email(email);
		String fullName = fields.name(name);
		if (!fields.errors().isEmpty()) {
			throw new IllegalArgumentException("Cannot invite " + email + ": " + fields.errors());
		}
		Set<Environment> everywhere = EnumSet.allOf(Environment.class);
		return scopes.inOrganization(organization, everywhere, () -> {
			StaffAccount invited = new StaffAccount(Ids.newId(), organization, address, fullName, Set.of(Role.OWNER),
					everywhere, StaffStatus.INVITED, null, 0, null, null, false, null,
					Instant.now().truncatedTo(ChronoUnit.MICROS));
			if (people.add(invited)) {
				links.send(invited, StaffLinkPurpose.INVITATION);
				return OwnerInvitation.INVITED;
			}
			// Row-level security shows this organization's people only: one of them, or someone elsewhere.
			return people.withEmail(address).isPresent() ? OwnerInvitation.ALREADY_MEMBER : OwnerInvitation.EMAIL_TAKEN;
		});
	}
}
