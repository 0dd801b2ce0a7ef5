package dev.plaza.reservations.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.plaza.platform.FieldError;

/** The rules a request to hold seats must satisfy before any seat is looked at. */
public final class SeatRequest {

	static final int MAX_CUSTOMER_LENGTH = 200;

	private SeatRequest() {
	}

	/** Every rule the request breaks, in a stable order; empty if it may go ahead. */
	public static List<FieldError> check(List<String> seats, String customer, Set<String> roomSeats, int maxSeatsPerHold) {
		List<FieldError> found = new ArrayList<>();
		customerNamed(customer, found);
		if (seats == null || seats.isEmpty()) {
			found.add(new FieldError("seats", "must name at least one seat, such as [\"A1\"]"));
			return found;
		}
		noSeatTwice(seats, found);
		maxSeatsPerHold(seats, maxSeatsPerHold, found);
		seatsOfTheRoom(seats, roomSeats, found);
		return found;
	}

	static void customerNamed(String customer, List<FieldError> found) {
		if (customer == null || customer.isBlank()) {
			found.add(new FieldError("customer", "must name the customer the seats are held for"));
		}
		else if (customer.length() > MAX_CUSTOMER_LENGTH) {
			found.add(new FieldError("customer", "must be at most " + MAX_CUSTOMER_LENGTH + " characters"));
		}
	}

	static void noSeatTwice(List<String> seats, List<FieldError> found) {
		Set<String> seen = new HashSet<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (String seat : seats) {
			if (seat == null || seat.isBlank()) {
				found.add(new FieldError("seats", "must hold seat labels, not null or blank entries"));
				return;
			}
			if (!seen.add(seat)) {
				repeated.add(seat);
			}
		}
		if (!repeated.isEmpty()) {
			found.add(new FieldError("seats", "names " + repeated + " more than once; name each seat once"));
		}
	}

	/** Anti-scalping: one hold takes at most the tenant's limit of seats. */
	static void maxSeatsPerHold(List<String> seats, int max, List<FieldError> found) {
		if (seats.size() > max) {
			found.add(new FieldError("seats", "asks for " + seats.size() + " seats; one hold takes at most " + max,
					SeatRule.TOO_MANY_SEATS));
		}
	}

	static void seatsOfTheRoom(List<String> seats, Set<String> roomSeats, List<FieldError> found) {
		List<String> unknown = seats.stream().filter(seat -> seat != null && !roomSeats.contains(seat)).distinct().toList();
		if (!unknown.isEmpty()) {
			found.add(new FieldError("seats",
					"names " + unknown + ", which this showtime's room does not have; read its seat map for the labels",
					SeatRule.UNKNOWN_SEAT));
		}
	}
}
