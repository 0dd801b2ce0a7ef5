package dev.plaza.orders.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A cart as the API shows it; each item with whether what it keeps is still kept ({@code active}) and until when. */
record CartView(UUID id, String customer, String email, String status, List<Item> items, Instant createdAt) {

	record Item(UUID id, String kind, UUID productId, Integer quantity, UUID reservationId, UUID holdId,
			List<String> seats, String status, Instant expiresAt) {
	}
}
