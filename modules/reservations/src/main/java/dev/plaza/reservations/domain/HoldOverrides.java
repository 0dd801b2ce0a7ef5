package dev.plaza.reservations.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * A tenant's overrides of the hold defaults, as stored: a field left out (null) keeps the default,
 * so a later change of the default reaches tenants that never set it.
 */
public record HoldOverrides(Integer holdTtlSeconds, Integer maxSeatsPerHold, Integer maxActiveHoldsPerCustomer,
		Integer maxActiveHoldsPerClient, RateOverride clientRate, RateOverride ipRate) {

	public static final HoldOverrides NONE = new HoldOverrides(null, null, null, null, null, null);

	public HoldSettings over(HoldSettings defaults) {
		return new HoldSettings(holdTtlSeconds == null ? defaults.holdTtl() : Duration.ofSeconds(holdTtlSeconds),
				Objects.requireNonNullElse(maxSeatsPerHold, defaults.maxSeatsPerHold()),
				Objects.requireNonNullElse(maxActiveHoldsPerCustomer, defaults.maxActiveHoldsPerCustomer()),
				Objects.requireNonNullElse(maxActiveHoldsPerClient, defaults.maxActiveHoldsPerClient()),
				RateOverride.over(clientRate, defaults.clientRate()), RateOverride.over(ipRate, defaults.ipRate()));
	}

	/** A token bucket's overrides; either field left out keeps the default's. */
	public record RateOverride(Integer perSecond, Integer burst) {

		public static final RateOverride NONE = new RateOverride(null, null);

		public static Rate over(RateOverride override, Rate defaults) {
			return override == null ? defaults : new Rate(Objects.requireNonNullElse(override.perSecond, defaults.perSecond()),
					Objects.requireNonNullElse(override.burst, defaults.burst()));
		}
	}
}
