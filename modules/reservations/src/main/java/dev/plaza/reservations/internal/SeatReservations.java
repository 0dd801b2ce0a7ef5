package dev.plaza.reservations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.plaza.catalog.Seat;
import dev.plaza.catalog.ShowtimeId;
import dev.plaza.catalog.ShowtimeSeating;
import dev.plaza.catalog.Showtimes;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.HoldStatus;
import dev.plaza.reservations.SeatHold;
import dev.plaza.reservations.SeatHolds;
import dev.plaza.reservations.SeatsHeld;
import dev.plaza.reservations.SeatsReleased;
import dev.plaza.reservations.domain.HoldSettings;
import dev.plaza.reservations.domain.SeatRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Holds seats for customers, all or nothing, and releases them. */
@Service
class SeatReservations implements SeatHolds {

	private final Showtimes showtimes;

	private final Holds holds;

	private final SeatClaims claims;

	private final SeatMapCache seatMaps;

	private final ApplicationEventPublisher events;

	SeatReservations(Showtimes showtimes, Holds holds, SeatClaims claims, SeatMapCache seatMaps,
			ApplicationEventPublisher events) {
		this.showtimes = showtimes;
		this.holds = holds;
		this.claims = claims;
		this.seatMaps = seatMaps;
		this.events = events;
	}

	/**
	 * Holds every requested seat for the customer, or none: if any seat is not free the whole
	 * transaction rolls back and the 409 lists every seat that was not.
	 */
	@Transactional
	SeatHold hold(ShowtimeId showtimeId, List<String> seats, String customer, String client, HoldSettings settings) {
		ShowtimeSeating showtime = showtimes.seating(showtimeId).orElseThrow(() -> Problem.notFound("showtime", showtimeId));
		Map<String, Seat> room = showtime.seats().stream().collect(Collectors.toMap(Seat::label, seat -> seat));
		ReservationsProblems.refuseIfAny(SeatRequest.check(seats, customer, room.keySet(), settings.maxSeatsPerHold()));
		if (!showtime.startsAt().isAfter(Instant.now())) {
			throw new Problem(ReservationsProblems.SHOWTIME_STARTED, "Showtime " + showtimeId + " started at "
					+ showtime.startsAt() + "; seats can only be held before a showtime starts.");
		}
		refuseOverActiveHolds(customer, client, settings);
		HoldId id = new HoldId(Ids.newId());
		Instant expiresAt = holds.insert(id, showtimeId, seats, customer, client, settings.holdTtl());
		List<String> unblocked = seats.stream().filter(seat -> !room.get(seat).blocked()).toList();
		Set<String> taken = claims.take(showtimeId, id, unblocked, expiresAt);
		List<String> unavailable = seats.stream().filter(seat -> !taken.contains(seat)).toList();
		if (!unavailable.isEmpty()) {
			throw new Problem(ReservationsProblems.SEATS_UNAVAILABLE, "Seats " + unavailable
					+ " are held, sold or blocked, so nothing was held. Pick other seats from the seat map and retry.",
					Map.of("seats", unavailable));
		}
		events.publishEvent(new SeatsHeld(TenantContext.current().orElseThrow(), id, showtimeId, seats, customer, expiresAt));
		seatMaps.evictAfterCommit(showtimeId);
		return new SeatHold(id, showtimeId, seats, customer, expiresAt, HoldStatus.ACTIVE);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SeatHold> find(HoldId id) {
		return holds.find(id);
	}

	/** Releases the hold if it is active; releasing an expired or released hold changes nothing. 404 if unknown. */
	@Transactional
	void release(HoldId id) {
		Optional<SeatHold> released = holds.release(id);
		if (released.isEmpty()) {
			holds.find(id).orElseThrow(() -> Problem.notFound("hold", id));
			return;
		}
		freeSeats(released.get());
	}

	/** Releases every active hold of a showtime that will not take place. */
	@Transactional
	void releaseAll(ShowtimeId showtime) {
		holds.releaseAll(showtime).forEach(this::freeSeats);
	}

	private void freeSeats(SeatHold hold) {
		claims.free(hold.id());
		events.publishEvent(new SeatsReleased(TenantContext.current().orElseThrow(), hold.id(), hold.showtimeId(), hold.seats()));
		seatMaps.evictAfterCommit(hold.showtimeId());
	}

	/**
	 * Anti-scalping by count. Holds of one customer queue behind each other, so their limit is exact;
	 * the client's limit is counted without queueing (a storefront is one client holding for everyone),
	 * so racing requests may pass it by a few.
	 */
	private void refuseOverActiveHolds(String customer, String client, HoldSettings settings) {
		holds.lockCustomer(customer);
		if (holds.activeOfCustomer(customer) >= settings.maxActiveHoldsPerCustomer()) {
			throw new Problem(ReservationsProblems.TOO_MANY_ACTIVE_HOLDS, "Customer '" + customer + "' already has "
					+ settings.maxActiveHoldsPerCustomer() + " active holds, the most allowed. Release one or let it expire first.",
					Map.of("limit", settings.maxActiveHoldsPerCustomer()));
		}
		if (holds.activeOfClient(client) >= settings.maxActiveHoldsPerClient()) {
			throw new Problem(ReservationsProblems.TOO_MANY_ACTIVE_HOLDS, "This API client already has "
					+ settings.maxActiveHoldsPerClient() + " active holds, the most allowed. Release some or let them expire first.",
					Map.of("limit", settings.maxActiveHoldsPerClient()));
		}
	}
}
