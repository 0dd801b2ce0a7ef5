package dev.plaza.reservations.web;

import dev.plaza.reservations.application.ReservationsProblems;
import dev.plaza.reservations.domain.HoldOverrides;
import dev.plaza.reservations.domain.HoldSettings;
import dev.plaza.reservations.domain.Rate;
import dev.plaza.reservations.persistence.TenantSettingsRepository;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's staff tune the anti-scalping rules of seat holds. */
@RestController
@RequestMapping("/api/v1/reservations/settings")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class SettingsController {

	private final TenantSettingsRepository settings;

	SettingsController(TenantSettingsRepository settings) {
		this.settings = settings;
	}

	@GetMapping
	SettingsView get() {
		return SettingsView.of(settings.current());
	}

	/** Replaces the tenant's settings; a field left out takes the platform default. 400 listing every field out of bounds. */
	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	SettingsView put(@RequestBody SettingsRequest request) {
		HoldOverrides overrides = request.overrides();
		HoldSettings updated = overrides.over(settings.defaults());
		ReservationsProblems.refuseIfAny(updated.violations());
		settings.save(overrides);
		return SettingsView.of(updated);
	}

	record SettingsView(long holdTtlSeconds, int maxSeatsPerHold, int maxActiveHoldsPerCustomer, int maxActiveHoldsPerClient,
			Rate clientRate, Rate ipRate) {

		static SettingsView of(HoldSettings settings) {
			return new SettingsView(settings.holdTtl().toSeconds(), settings.maxSeatsPerHold(),
					settings.maxActiveHoldsPerCustomer(), settings.maxActiveHoldsPerClient(), settings.clientRate(),
					settings.ipRate());
		}
	}
}
