package dev.plaza.reservations;

import java.util.List;
import java.util.Set;

import dev.plaza.venues.ShowtimeId;

/**
 * Seat choosing for modules that sell to people directly (the storefront), under the same rules as the holds API:
 * the tenant's hold settings (time to live, seats per hold, active holds per customer) and its rate limits per
 * client and per address. Refusals are {@link dev.plaza.platform.Problem}s with the API's types
 * ({@code seats-unavailable}, {@code too-many-seats}, {@code rate-limited}…).
 */
public interface SeatChoices {

	/**
	 * Holds every seat for the customer, or none.
	 *
	 * @param client who asks, for its rate limit and hold cap, such as {@code storefront}
	 * @param address the person's network address, for the per-address rate limit
	 */
	SeatHold hold(ShowtimeId showtime, List<String> seats, String customer, String client, String address);

	/** The showtime's seats nobody can hold now (held, sold or blocked), as of at most the seat map's age. */
	Set<String> unavailable(ShowtimeId showtime);
}
