package dev.plaza.reservations.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.plaza.reservations.domain.Violation.Rule;

/** The rules a request to hold seats must satisfy before any seat is looked at. */
public final class SeatRequest {

	static final int MAX_CUSTOMER_LENGTH = 200;

	private SeatRequest() {
	}

	/** Every rule the request breaks, in a stable order; empty if it may go ahead. */
	public static List<Violation> check(List<String> seats, String customer, Set<String> roomSeats, int maxSeatsPerHold) {
		List<Violation> found = new ArrayList<>();
		customerNamed(customer, found);
		if (seats == null || seats.isEmpty()) {
			found.add(new Violation(Rule.INVALID, "seats", "must name at least one seat, such as [\"A1\"]"));
			return found;
		}
		noSeatTwice(seats, found);
		maxSeatsPerHold(seats, maxSeatsPerHold, found);
		seatsOfTheRoom(seats, roomSeats, found);
		return found;
	}

	static void customerNamed(String customer, List<Violation> found) {
		if (customer == null || customer.isBlank()) {
			found.add(new Violation(Rule.INVALID, "customer", "must name the customer the seats are held for"));
		}
		else if (customer.length() > MAX_CUSTOMER_LENGTH) {
			found.add(new Violation(Rule.INVALID, "customer", "must be at most " + MAX_CUSTOMER_LENGTH + " characters"));
		}
	}

	static void noSeatTwice(List<String> seats, List<Violation> found) {
		Set<String> seen = new HashSet<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (String seat : seats) {
			if (seat == null || seat.isBlank()) {
				found.add(new Violation(Rule.INVALID, "seats", "must hold seat labels, not null or blank entries"));
				return;
			}
			if (!seen.add(seat)) {
				repeated.add(seat);
			}
		}
		if (!repeated.isEmpty()) {
			found.add(new Violation(Rule.INVALID, "seats", "names " + repeated + " more than once; name each seat once"));
		}
	}

	/** Anti-scalping: one hold takes at most the tenant's limit of seats. */
	static void maxSeatsPerHold(List<String> seats, int max, List<Violation> found) {
		if (seats.size() > max) {
			found.add(new Violation(Rule.TOO_MANY_SEATS, "seats",
					"asks for " + seats.size() + " seats; one hold takes at most " + max));
		}
	}

	static void seatsOfTheRoom(List<String> seats, Set<String> roomSeats, List<Violation> found) {
		List<String> unknown = seats.stream().filter(seat -> seat != null && !roomSeats.contains(seat)).distinct().toList();
		if (!unknown.isEmpty()) {
			found.add(new Violation(Rule.UNKNOWN_SEAT, "seats",
					"names " + unknown + ", which this showtime's room does not have; read its seat map for the labels"));
		}
	}
}
