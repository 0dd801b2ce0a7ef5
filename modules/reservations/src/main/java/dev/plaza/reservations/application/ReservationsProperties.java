package dev.plaza.reservations.application;

import java.time.Duration;

import dev.plaza.reservations.domain.HoldSettings;
import dev.plaza.reservations.domain.Rate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Seat hold defaults; each tenant's staff may override the anti-scalping ones
 * ({@code PUT /api/v1/reservations/settings}). How long a hold keeps its seats comes from the tenant's
 * configuration (the rules module), unless the tenant's settings say otherwise.
 *
 * @param maxSeatsPerHold the most seats one hold may take
 * @param maxActiveHoldsPerCustomer the most unexpired holds one customer may have at once
 * @param maxActiveHoldsPerClient the most unexpired holds one API client (such as a storefront) may have at once
 * @param clientRatePerSecond holds one API client may create per second, sustained
 * @param clientRateBurst holds one API client may create at once after a quiet spell
 * @param ipRatePerSecond holds one IP address may create per second, sustained
 * @param ipRateBurst holds one IP address may create at once after a quiet spell
 * @param seatMapMaxAge how long a seat map may be served from cache (and by HTTP caches) before it is read again
 * @param purgeInterval how often seat claims that lapsed over an hour ago are deleted
 */
@ConfigurationProperties("plaza.reservations")
public record ReservationsProperties(@DefaultValue("10") int maxSeatsPerHold,
		@DefaultValue("2") int maxActiveHoldsPerCustomer, @DefaultValue("1000") int maxActiveHoldsPerClient,
		@DefaultValue("50") int clientRatePerSecond, @DefaultValue("100") int clientRateBurst,
		@DefaultValue("20") int ipRatePerSecond, @DefaultValue("40") int ipRateBurst,
		@DefaultValue("2s") Duration seatMapMaxAge, @DefaultValue("1m") Duration purgeInterval) {

	/** The defaults, with the hold time the tenant's configuration gives. */
	public HoldSettings defaults(Duration holdTtl) {
		return new HoldSettings(holdTtl, maxSeatsPerHold, maxActiveHoldsPerCustomer, maxActiveHoldsPerClient,
				new Rate(clientRatePerSecond, clientRateBurst), new Rate(ipRatePerSecond, ipRateBurst));
	}
}
