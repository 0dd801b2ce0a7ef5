package dev.plaza.venues;

import java.util.List;

import dev.plaza.platform.TenantId;

/** Showtimes created together, by one request or one schedule import. */
public record ShowtimesScheduled(TenantId tenant, List<ShowtimeId> showtimes) {

	public ShowtimesScheduled {
		showtimes = List.copyOf(showtimes);
	}
}
