package dev.plaza.reservations.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.plaza.platform.Problem;
import dev.plaza.reservations.domain.SeatStatus;
import dev.plaza.reservations.persistence.SeatClaimRepository;
import dev.plaza.reservations.persistence.SeatClaimRepository.LiveClaim;
import dev.plaza.venues.Seat;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeSeating;
import dev.plaza.venues.Showtimes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a showtime's seat map with each seat's status as of now. */
@Service
public class SeatMaps {

	private final Showtimes showtimes;

	private final SeatClaimRepository claims;

	SeatMaps(Showtimes showtimes, SeatClaimRepository claims) {
		this.showtimes = showtimes;
		this.claims = claims;
	}

	/** The seat map, and when its first hold expires (the map changes then by itself); 404 for an unknown or cancelled showtime. */
	@Transactional(readOnly = true)
	SeatMap read(ShowtimeId id) {
		ShowtimeSeating seating = showtimes.seating(id).orElseThrow(() -> Problem.notFound("showtime", id));
		List<LiveClaim> live = claims.live(id);
		Map<String, LiveClaim> bySeat = live.stream().collect(Collectors.toMap(LiveClaim::seat, Function.identity()));
		List<SeatView> seats = seating.seats().stream().map(seat -> SeatView.of(seat, bySeat.get(seat.label()))).toList();
		Optional<Instant> firstExpiry = live.stream().filter(claim -> !claim.sold()).map(LiveClaim::expiresAt).min(Instant::compareTo);
		return new SeatMap(seating, new SeatMapView(id.value(), seating.startsAt(), seats), firstExpiry);
	}

	record SeatMap(ShowtimeSeating seating, SeatMapView view, Optional<Instant> firstExpiry) {

		/** Labels of the seats that cannot be held now: held, sold or blocked. */
		Set<String> unavailable() {
			return view.seats().stream().filter(seat -> !SeatStatus.FREE.code().equals(seat.status())).map(SeatView::label)
				.collect(Collectors.toUnmodifiableSet());
		}
	}

	public record SeatMapView(UUID showtimeId, Instant startsAt, List<SeatView> seats) {
	}

	record SeatView(String label, String row, String kind, String status) {

		static SeatView of(Seat seat, LiveClaim claim) {
			SeatStatus status = SeatStatus.of(seat.blocked(), claim != null, claim != null && claim.sold());
			return new SeatView(seat.label(), seat.row(), seat.kind().code(), status.code());
		}
	}
}
