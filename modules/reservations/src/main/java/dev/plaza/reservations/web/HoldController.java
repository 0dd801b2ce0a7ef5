package dev.plaza.reservations.web;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.SeatHold;
import dev.plaza.reservations.application.HoldAdmission;
import dev.plaza.reservations.application.RateLimits.Decision;
import dev.plaza.reservations.application.ReservationsProblems;
import dev.plaza.reservations.application.SeatReservations;
import dev.plaza.reservations.domain.HoldSettings;
import dev.plaza.reservations.persistence.TenantSettingsRepository;
import dev.plaza.venues.ShowtimeId;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAuthority('SCOPE_reservations:write')")
class HoldController {

	private final SeatReservations reservations;

	private final TenantSettingsRepository settings;

	private final HoldAdmission admission;

	HoldController(SeatReservations reservations, TenantSettingsRepository settings, HoldAdmission admission) {
		this.reservations = reservations;
		this.settings = settings;
		this.admission = admission;
	}

	/**
	 * Holds the seats for the customer: 201, or 409 listing every seat not free (nothing is held then),
	 * 422 for seats not in the room or too many, 429 with Retry-After when the client or IP asks too fast.
	 * Every answer past the rate limit carries the RateLimit-* headers of the tighter bucket.
	 */
	@PostMapping(path = "/showtimes/{id}/holds", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = HoldView.class)))
	@ApiResponse(responseCode = "409", description = "A seat is not free: the problem lists them; nothing is held")
	@ApiResponse(responseCode = "422", description = "Seats not in the room, or more than a hold may have")
	@ApiResponse(responseCode = "429", description = "The client or address asks too fast: retry after Retry-After")
	ResponseEntity<?> hold(@PathVariable UUID id, @RequestBody HoldRequest request, Principal client,
			HttpServletRequest http) {
		HoldSettings current = settings.current();
		Decision decision = admission.admit(current, client.getName(), http.getRemoteAddr());
		if (!decision.allowed()) {
			return tooManyRequests(decision);
		}
		SeatHold hold = reservations.hold(new ShowtimeId(id), request.seats(), request.customer(), client.getName(), current);
		return ResponseEntity.created(URI.create("/api/v1/holds/" + hold.id()))
			.headers(rateLimitHeaders(decision))
			.body(HoldView.of(hold));
	}

	@GetMapping("/holds/{id}")
	HoldView get(@PathVariable UUID id) {
		HoldId hold = new HoldId(id);
		return HoldView.of(reservations.find(hold).orElseThrow(() -> Problem.notFound("hold", hold)));
	}

	/** Releases the hold: its seats are free at once. Releasing it again, or after it expired, changes nothing. */
	@DeleteMapping("/holds/{id}")
	@ApiResponse(responseCode = "204")
	ResponseEntity<Void> release(@PathVariable UUID id) {
		reservations.release(new HoldId(id));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ProblemDetail> tooManyRequests(Decision decision) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(ReservationsProblems.RATE_LIMITED.status()),
				"Holds are being created too fast from this client or address (at most " + decision.rate().perSecond()
						+ " per second, " + decision.rate().burst() + " at once). Retry after " + seconds(decision.retryIn())
						+ " s.");
		problem.setType(ReservationsProblems.RATE_LIMITED.uri());
		problem.setTitle(ReservationsProblems.RATE_LIMITED.title());
		HttpHeaders headers = rateLimitHeaders(decision);
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(decision.retryIn())));
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	private static HttpHeaders rateLimitHeaders(Decision decision) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("RateLimit-Limit", Integer.toString(decision.rate().burst()));
		headers.set("RateLimit-Remaining", Long.toString(decision.remaining()));
		headers.set("RateLimit-Reset", Long.toString(seconds(decision.retryIn())));
		return headers;
	}

	/** Whole seconds, rounded up: waiting the rounded-down time would be refused again. */
	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
	}

	record HoldRequest(List<String> seats, String customer) {
	}

	record HoldView(UUID id, UUID showtimeId, List<String> seats, String customer, Instant expiresAt, String status) {

		static HoldView of(SeatHold hold) {
			return new HoldView(hold.id().value(), hold.showtimeId().value(), hold.seats(), hold.customer(), hold.expiresAt(),
					hold.status().code());
		}
	}
}
