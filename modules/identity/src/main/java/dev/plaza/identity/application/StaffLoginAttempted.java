package dev.plaza.identity.application;

import java.util.UUID;

import dev.plaza.tenancy.OrganizationId;

/**
 * Someone tried to log in on the login page, and how it ended. Published synchronously, in the
 * request, for the audit log.
 *
 * @param memberId the person, when known: null for an unknown e-mail or wrong credentials
 * @param organization the person's organization, when known
 * @param address the address the attempt came from
 */
public record StaffLoginAttempted(String email, UUID memberId, OrganizationId organization, Outcome outcome,
		String address) {

	public enum Outcome {
		LOGGED_IN, BAD_CREDENTIALS, LOCKED, SUSPENDED, NOT_ACTIVATED, SECOND_FACTOR_NOT_ENROLLED, SECOND_FACTOR_REFUSED;

		static Outcome of(LoginRefused.Reason reason) {
			return valueOf(reason.name());
		}
	}

	public static StaffLoginAttempted refused(String email, LoginRefused.Reason reason, String address) {
		return new StaffLoginAttempted(email, null, null, Outcome.of(reason), address);
	}
}
