package dev.plaza.notifications;

import java.util.UUID;

public record EmailId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
