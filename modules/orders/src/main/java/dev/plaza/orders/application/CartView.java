package dev.plaza.orders.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A cart as the API shows it; each item with whether what it keeps is still kept ({@code active}) and until when. */
public record CartView(UUID id, String customer, @Schema(nullable = true) String email, String status, List<Item> items,
		Instant createdAt) {

	record Item(UUID id, String kind, @Schema(nullable = true) UUID productId,
			@Schema(nullable = true) Integer quantity, @Schema(nullable = true) UUID reservationId,
			@Schema(nullable = true) UUID holdId, @Schema(nullable = true) List<String> seats, String status,
			@Schema(nullable = true) Instant expiresAt) {
	}
}
