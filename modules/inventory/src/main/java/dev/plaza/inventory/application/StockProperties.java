package dev.plaza.inventory.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stock reservation settings.
 *
 * @param reservationTtl how long a reservation keeps its units when the caller does not say
 * @param maxReservationTtl the longest a caller may ask a reservation to last
 * @param maxLinesPerReservation the most lines (products) one reservation may ask for
 * @param purgeInterval how often stock claims that lapsed over an hour ago are deleted
 */
@ConfigurationProperties("plaza.stock")
public record StockProperties(@DefaultValue("15m") Duration reservationTtl, @DefaultValue("2h") Duration maxReservationTtl,
		@DefaultValue("100") int maxLinesPerReservation, @DefaultValue("1m") Duration purgeInterval) {

	public StockProperties {
		if (reservationTtl.compareTo(maxReservationTtl) > 0 || reservationTtl.isNegative() || reservationTtl.isZero()) {
			throw new IllegalArgumentException("plaza.stock.reservation-ttl (" + reservationTtl
					+ ") must be positive and at most plaza.stock.max-reservation-ttl (" + maxReservationTtl + ")");
		}
		if (maxLinesPerReservation < 1) {
			throw new IllegalArgumentException("plaza.stock.max-lines-per-reservation must be at least 1");
		}
	}
}
