package dev.plaza.audit;

import java.util.Objects;

/**
 * Who an audit entry says acted.
 *
 * @param kind {@code user}, {@code client} or {@code anonymous}
 * @param id the user's or client's id; {@code null} for {@code anonymous}
 */
public record Actor(String kind, String id) {

	public static final Actor ANONYMOUS = new Actor("anonymous", null);

	public Actor {
		Objects.requireNonNull(kind, "kind");
		if (!kind.equals("user") && !kind.equals("client") && !kind.equals("anonymous")) {
			throw new IllegalArgumentException("An actor is a user, a client or anonymous, not " + kind);
		}
		if (kind.equals("anonymous") != (id == null)) {
			throw new IllegalArgumentException("Users and clients have an id; anonymous callers have none");
		}
	}

	public static Actor user(String id) {
		return new Actor("user", id);
	}

	public static Actor client(String id) {
		return new Actor("client", id);
	}
}
