package dev.plaza.identity.application;

import java.util.UUID;

/**
 * A person was suspended or deleted. Published in the transaction that did it; the listeners end the
 * person's sessions, refresh tokens and access tokens in that same transaction, so no token of theirs
 * outlives the change.
 */
public record StaffAccessEnded(UUID memberId) {
}
