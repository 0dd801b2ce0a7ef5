package dev.plaza.identity.application;

import java.util.Set;
import java.util.TreeSet;

import dev.plaza.identity.domain.Role;

/**
 * The scopes a person's token gets: what the client asked for, of what it was registered with, of
 * what the person's roles hold together with the OpenID Connect scopes, which open no API.
 */
public final class PersonScopes {

	/** OpenID Connect's scopes: they name claims about the person, not API operations. */
	public static final Set<String> OPENID_CONNECT = Set.of("openid", "profile", "email", "offline_access");

	private PersonScopes() {
	}

	public static Set<String> granted(Set<String> requested, Set<String> registered, Set<Role> roles) {
		Set<String> held = new TreeSet<>(Role.scopesOf(roles));
		held.addAll(OPENID_CONNECT);
		Set<String> granted = new TreeSet<>(requested);
		granted.retainAll(registered);
		granted.retainAll(held);
		return granted;
	}
}
