package dev.plaza.identity.application;

import java.util.List;

/** Where an app reads the revocation list: identity's database, or identity-service over HTTP. */
@FunctionalInterface
public interface RevocationFeed {

	/** Every entry that has not expired yet. */
	List<Revocation> current();
}
