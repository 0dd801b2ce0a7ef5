package dev.plaza.audit.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who acted: a person, an API client, or a caller without a valid token. */
public enum ActorKind {

	USER, CLIENT, ANONYMOUS;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ActorKind> ofCode(String code) {
		return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
	}
}
