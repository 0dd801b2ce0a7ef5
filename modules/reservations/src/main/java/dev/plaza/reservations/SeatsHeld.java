package dev.plaza.reservations;

import java.time.Instant;
import java.util.List;

import dev.plaza.platform.TenantId;
import dev.plaza.venues.ShowtimeId;

/** A customer now holds these seats until {@code expiresAt}; nobody else can hold them before then. */
public record SeatsHeld(TenantId tenant, HoldId holdId, ShowtimeId showtimeId, List<String> seats, String customer,
		Instant expiresAt) {

	public SeatsHeld {
		seats = List.copyOf(seats);
	}
}
