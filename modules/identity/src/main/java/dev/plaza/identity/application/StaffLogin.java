package dev.plaza.identity.application;

import java.util.Optional;
import java.util.UUID;

/**
 * Checks people's credentials for the login page. Every attempt, accepted or refused, is recorded in
 * the audit log; repeated failures lock the account for a while that grows with each failure.
 */
public interface StaffLogin {

	/**
	 * The active member with this e-mail and password.
	 *
	 * @param address the caller's address, for the audit log and the lockout
	 * @throws LoginRefused when the e-mail or password is wrong, the account is locked, suspended or
	 * not activated yet
	 */
	StaffMember authenticate(String email, String password, String address);

	/**
	 * Whether the code is the member's current TOTP code (RFC 6238, 30 s steps, one step of drift
	 * either way). A code is accepted once.
	 */
	boolean verifySecondFactor(UUID memberId, String code, String address);

	/** The member while they are active: empty once suspended or deleted. */
	Optional<StaffMember> active(UUID memberId);
}
