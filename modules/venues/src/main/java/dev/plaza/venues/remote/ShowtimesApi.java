package dev.plaza.venues.remote;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.ServiceCalls;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.ShowtimeSeating;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** {@link dev.plaza.venues.Showtimes} over HTTP: served by {@link ShowtimesEndpoint}, called by {@link RemoteShowtimes}. */
@HttpExchange(ServiceCalls.PATH_PREFIX + "/catalog/showtimes")
interface ShowtimesApi {

	/** No body when the tenant has no such (uncancelled) showtime. */
	@GetExchange("/{id}/seating")
	ShowtimeSeating seating(@PathVariable UUID id);

	@GetExchange("/{id}/scheduled")
	boolean scheduled(@PathVariable UUID id);

	@GetExchange("/listings")
	List<ShowtimeListing> listings(@RequestParam("id") List<UUID> ids);

	@GetExchange("/listings/page")
	List<ShowtimeListing> listingsAfter(@RequestParam(required = false) UUID after, @RequestParam int limit);

	@GetExchange("/listings/of-movie/{movie}")
	List<ShowtimeListing> listingsOfMovie(@PathVariable UUID movie);

	@GetExchange("/listings/of-cinema/{cinema}")
	List<ShowtimeListing> listingsOfCinema(@PathVariable UUID cinema);

	@GetExchange("/listings/of-city/{city}")
	List<ShowtimeListing> listingsOfCity(@PathVariable UUID city, @RequestParam Instant from, @RequestParam Instant to);
}
