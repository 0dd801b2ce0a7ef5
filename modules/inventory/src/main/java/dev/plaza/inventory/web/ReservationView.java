package dev.plaza.inventory.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.inventory.StockReservation;

/** A stock reservation as the API answers it. */
record ReservationView(UUID id, String customer, String status, Instant expiresAt, List<LineView> lines) {

	record LineView(UUID productId, String sku, String location, int quantity) {
	}

	static ReservationView of(StockReservation reservation) {
		return new ReservationView(reservation.id().value(), reservation.customer(), reservation.status().code(),
				reservation.expiresAt(),
				reservation.lines()
					.stream()
					.map(line -> new LineView(line.product().value(), line.sku(), line.location().value(), line.quantity()))
					.toList());
	}
}
