package dev.plaza.identity.application;

import java.util.UUID;

/**
 * A person set a new password through a reset link. Published in the transaction that set it; the
 * login side ends the person's other sessions and refresh tokens, since whoever knew the old password
 * may hold them.
 */
public record StaffPasswordChanged(UUID memberId) {
}
