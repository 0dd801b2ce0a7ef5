package dev.plaza.reservations.web;

import java.time.Duration;
import java.util.Objects;

import dev.plaza.reservations.domain.HoldSettings;
import dev.plaza.reservations.domain.Rate;

/**
 * A tenant's overrides of the hold defaults, as sent and as stored: a field left out (null) keeps
 * the default, so a later change of the default reaches tenants that never set it.
 */
public record SettingsRequest(Integer holdTtlSeconds, Integer maxSeatsPerHold, Integer maxActiveHoldsPerCustomer,
		Integer maxActiveHoldsPerClient, RateRequest clientRate, RateRequest ipRate) {

	public static final SettingsRequest NONE = new SettingsRequest(null, null, null, null, null, null);

	public HoldSettings over(HoldSettings defaults) {
		return new HoldSettings(holdTtlSeconds == null ? defaults.holdTtl() : Duration.ofSeconds(holdTtlSeconds),
				Objects.requireNonNullElse(maxSeatsPerHold, defaults.maxSeatsPerHold()),
				Objects.requireNonNullElse(maxActiveHoldsPerCustomer, defaults.maxActiveHoldsPerCustomer()),
				Objects.requireNonNullElse(maxActiveHoldsPerClient, defaults.maxActiveHoldsPerClient()),
				RateRequest.over(clientRate, defaults.clientRate()), RateRequest.over(ipRate, defaults.ipRate()));
	}

	public record RateRequest(Integer perSecond, Integer burst) {

		public static Rate over(RateRequest request, Rate defaults) {
			return request == null ? defaults : new Rate(Objects.requireNonNullElse(request.perSecond, defaults.perSecond()),
					Objects.requireNonNullElse(request.burst, defaults.burst()));
		}
	}
}
