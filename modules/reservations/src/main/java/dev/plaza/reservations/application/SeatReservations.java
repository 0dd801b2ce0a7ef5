package dev.plaza.reservations.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.HoldStatus;
import dev.plaza.reservations.SeatHold;
import dev.plaza.reservations.SeatHolds;
import dev.plaza.reservations.SeatsHeld;
import dev.plaza.reservations.SeatsReleased;
import dev.plaza.reservations.SeatsSold;
import dev.plaza.reservations.domain.HoldSettings;
import dev.plaza.reservations.domain.SeatRequest;
import dev.plaza.reservations.persistence.HoldRepository;
import dev.plaza.reservations.persistence.SeatClaimRepository;
import dev.plaza.venues.Seat;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeSeating;
import dev.plaza.venues.Showtimes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/** Holds seats for customers, all or nothing, and releases them. */
@Service
public class SeatReservations implements SeatHolds {

	private final Showtimes showtimes;

	private final HoldRepository holds;

	private final SeatClaimRepository claims;

	private final SeatMapCache seatMaps;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	SeatReservations(Showtimes showtimes, HoldRepository holds, SeatClaimRepository claims, SeatMapCache seatMaps,
			ApplicationEventPublisher events, TransactionOperations transactions) {
		this.showtimes = showtimes;
		this.holds = holds;
		this.claims = claims;
		this.seatMaps = seatMaps;
		this.events = events;
		this.transactions = transactions;
	}

	/**
	 * Holds every requested seat for the customer, or none: if any seat is not free the whole
	 * transaction rolls back and the 409 lists every seat that was not. Seats the cached seat map
	 * already shows taken are refused before any transaction, listing those; the map is at most
	 * {@code seatMapMaxAge} old and never outlives this process's own releases or any expiry, so
	 * such a refusal can only miss a release made by another process within that interval.
	 */
	public SeatHold hold(ShowtimeId showtimeId, List<String> seats, String customer, String client, HoldSettings settings) {
		SeatMapCache.Entry map = seatMaps.get(showtimeId);
		ShowtimeSeating showtime = map.seating();
		Map<String, Seat> room = showtime.seats().stream().collect(Collectors.toMap(Seat::label, seat -> seat));
		ReservationsProblems.refuseIfAny(SeatRequest.check(seats, customer, room.keySet(), settings.maxSeatsPerHold()));
		if (!showtime.startsAt().isAfter(Instant.now())) {
			throw new Problem(ReservationsProblems.SHOWTIME_STARTED, "Showtime " + showtimeId + " started at "
					+ showtime.startsAt() + "; seats can only be held before a showtime starts.");
		}
		List<String> known = seats.stream().filter(map.unavailable()::contains).toList();
		if (!known.isEmpty()) {
			throw unavailable(known);
		}
		return transactions.execute(status -> holdFree(showtimeId, room, seats, customer, client, settings));
	}

	/** Reads the showtime again inside the transaction: one cancelled since the seat map was cached is not held. */
	private SeatHold holdFree(ShowtimeId showtimeId, Map<String, Seat> room, List<String> seats, String customer,
			String client, HoldSettings settings) {
		if (!showtimes.scheduled(showtimeId)) {
			throw Problem.notFound("showtime", showtimeId);
		}
		refuseOverActiveHolds(customer, client, settings);
		HoldId id = new HoldId(Ids.newId());
		Instant expiresAt = holds.insert(id, showtimeId, seats, customer, client, settings.holdTtl());
		List<String> unblocked = seats.stream().filter(seat -> !room.get(seat).blocked()).toList();
		Set<String> taken = claims.take(showtimeId, id, unblocked, expiresAt);
		List<String> unavailable = seats.stream().filter(seat -> !taken.contains(seat)).toList();
		if (!unavailable.isEmpty()) {
			throw unavailable(unavailable);
		}
		events.publishEvent(new SeatsHeld(TenantContext.current().orElseThrow(), id, showtimeId, seats, customer, expiresAt));
		seatMaps.evictAfterCommit(showtimeId);
		return new SeatHold(id, showtimeId, seats, customer, expiresAt, HoldStatus.ACTIVE);
	}

	private static Problem unavailable(List<String> seats) {
		return new Problem(ReservationsProblems.SEATS_UNAVAILABLE, "Seats " + seats
				+ " are held, sold or blocked, so nothing was held. Pick other seats from the seat map and retry.",
				Map.of("seats", seats));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SeatHold> find(HoldId id) {
		return holds.find(id);
	}

	@Override
	@Transactional
	public SeatHold sell(HoldId id) {
		Optional<SeatHold> newlySold = holds.markSold(id);
		if (newlySold.isEmpty()) {
			SeatHold hold = holds.find(id).orElseThrow(() -> Problem.notFound("hold", id));
			if (hold.status() == HoldStatus.SOLD) {
				return hold;
			}
			throw new Problem(ReservationsProblems.HOLD_RELEASED, "Hold " + id
					+ " was released, so its seats cannot be sold; hold them again.");
		}
		SeatHold hold = newlySold.get();
		Set<String> sold = claims.sell(hold.showtimeId(), id, hold.seats());
		List<String> lost = hold.seats().stream().filter(seat -> !sold.contains(seat)).toList();
		if (!lost.isEmpty()) {
			throw unavailable(lost);
		}
		events.publishEvent(new SeatsSold(TenantContext.current().orElseThrow(), id, hold.showtimeId(), hold.seats()));
		seatMaps.evictAfterCommit(hold.showtimeId());
		return hold;
	}

	/** Releases the hold if it is active; releasing an expired, released or sold hold changes nothing. 404 if unknown. */
	@Override
	@Transactional
	public void release(HoldId id) {
		Optional<SeatHold> released = holds.release(id);
		if (released.isEmpty()) {
			holds.find(id).orElseThrow(() -> Problem.notFound("hold", id));
			return;
		}
		freeSeats(released.get());
	}

	/** Releases every active hold of a showtime that will not take place; its seat map is read anew, and found gone. */
	@Transactional
	public void releaseAll(ShowtimeId showtime) {
		holds.releaseAll(showtime).forEach(this::freeSeats);
		seatMaps.evictAfterCommit(showtime);
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
		HoldRepository.Active active = holds.active(customer, client);
		if (active.ofCustomer() >= settings.maxActiveHoldsPerCustomer()) {
			throw new Problem(ReservationsProblems.TOO_MANY_ACTIVE_HOLDS, "Customer '" + customer + "' already has "
					+ settings.maxActiveHoldsPerCustomer() + " active holds, the most allowed. Release one or let it expire first.",
					Map.of("limit", settings.maxActiveHoldsPerCustomer()));
		}
		if (active.ofClient() >= settings.maxActiveHoldsPerClient()) {
			throw new Problem(ReservationsProblems.TOO_MANY_ACTIVE_HOLDS, "This API client already has "
					+ settings.maxActiveHoldsPerClient() + " active holds, the most allowed. Release some or let them expire first.",
					Map.of("limit", settings.maxActiveHoldsPerClient()));
		}
	}
}
