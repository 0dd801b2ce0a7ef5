package dev.plaza.reservations.web;

import java.util.UUID;

import dev.plaza.reservations.application.ReservationsProperties;
import dev.plaza.reservations.application.SeatMapCache;
import dev.plaza.reservations.application.SeatMaps;
import dev.plaza.venues.ShowtimeId;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SeatMapController {

	private final SeatMapCache seatMaps;

	private final CacheControl cacheControl;

	SeatMapController(SeatMapCache seatMaps, ReservationsProperties properties) {
		this.seatMaps = seatMaps;
		this.cacheControl = CacheControl.maxAge(properties.seatMapMaxAge()).cachePublic();
	}

	/**
	 * Public: every seat of the showtime in seat-map order with its status (free, held, sold,
	 * blocked). At most {@code seatMapMaxAge} old; 304 when the client's ETag still matches.
	 */
	@GetMapping("/api/v1/showtimes/{id}/seats")
	@PreAuthorize("permitAll()")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = SeatMaps.SeatMapView.class)))
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag still matches")
	ResponseEntity<byte[]> seats(@PathVariable UUID id) {
		SeatMapCache.Entry map = seatMaps.get(new ShowtimeId(id));
		return ResponseEntity.ok()
			.cacheControl(cacheControl)
			.eTag(map.etag())
			.contentType(MediaType.APPLICATION_JSON)
			.body(map.json());
	}
}
