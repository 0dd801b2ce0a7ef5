package dev.plaza.reservations.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.plaza.platform.FieldError;

/**
 * A tenant's anti-scalping rules for seat holds.
 *
 * @param holdTtl how long a hold keeps its seats
 * @param maxSeatsPerHold the most seats one hold may take
 * @param maxActiveHoldsPerCustomer the most unexpired holds one customer may have at once
 * @param maxActiveHoldsPerClient the most unexpired holds one API client may have at once
 * @param clientRate how fast one API client may create holds
 * @param ipRate how fast one IP address may create holds
 */
public record HoldSettings(Duration holdTtl, int maxSeatsPerHold, int maxActiveHoldsPerCustomer, int maxActiveHoldsPerClient,
		Rate clientRate, Rate ipRate) {

	static final Duration MIN_TTL = Duration.ofSeconds(1);

	static final Duration MAX_TTL = Duration.ofHours(1);

	static final int MAX_SEATS = 100;

	static final int MAX_HOLDS = 1_000_000;

	static final int MAX_RATE = 1_000_000;

	/** Every bound the settings break; a tenant's staff can only store settings without any. */
	public List<FieldError> violations() {
		List<FieldError> found = new ArrayList<>();
		if (holdTtl.compareTo(MIN_TTL) < 0 || holdTtl.compareTo(MAX_TTL) > 0) {
			found.add(new FieldError("holdTtlSeconds",
					"must be between " + MIN_TTL.toSeconds() + " and " + MAX_TTL.toSeconds() + " seconds"));
		}
		between("maxSeatsPerHold", maxSeatsPerHold, MAX_SEATS, found);
		between("maxActiveHoldsPerCustomer", maxActiveHoldsPerCustomer, MAX_HOLDS, found);
		between("maxActiveHoldsPerClient", maxActiveHoldsPerClient, MAX_HOLDS, found);
		rate("clientRate", clientRate, found);
		rate("ipRate", ipRate, found);
		return found;
	}

	private static void rate(String field, Rate rate, List<FieldError> found) {
		between(field + ".perSecond", rate.perSecond(), MAX_RATE, found);
		between(field + ".burst", rate.burst(), MAX_RATE, found);
	}

	private static void between(String field, int value, int max, List<FieldError> found) {
		if (value < 1 || value > max) {
			found.add(new FieldError(field, "must be between 1 and " + max));
		}
	}
}
