package dev.plaza.reservations.web;

import dev.plaza.reservations.domain.HoldOverrides;
import dev.plaza.reservations.domain.HoldOverrides.RateOverride;

/** A tenant's overrides of the hold defaults, as sent: a field left out (null) keeps the default. */
record SettingsRequest(Integer holdTtlSeconds, Integer maxSeatsPerHold, Integer maxActiveHoldsPerCustomer,
		Integer maxActiveHoldsPerClient, RateRequest clientRate, RateRequest ipRate) {

	HoldOverrides overrides() {
		return new HoldOverrides(holdTtlSeconds, maxSeatsPerHold, maxActiveHoldsPerCustomer, maxActiveHoldsPerClient,
				RateRequest.override(clientRate), RateRequest.override(ipRate));
	}

	record RateRequest(Integer perSecond, Integer burst) {

		static RateOverride override(RateRequest request) {
			return request == null ? null : new RateOverride(request.perSecond, request.burst);
		}
	}
}
