package dev.plaza.reservations.application;

import java.util.List;
import java.util.Set;

import dev.plaza.platform.Problem;
import dev.plaza.reservations.SeatChoices;
import dev.plaza.reservations.SeatHold;
import dev.plaza.reservations.domain.HoldSettings;
import dev.plaza.reservations.persistence.TenantSettingsRepository;
import dev.plaza.venues.ShowtimeId;
import org.springframework.stereotype.Service;

/** {@link SeatChoices} over the services the holds API uses, admitted by the same rate limits. */
@Service
class StorefrontSeatChoices implements SeatChoices {

	private final SeatReservations reservations;

	private final TenantSettingsRepository settings;

	private final HoldAdmission admission;

	private final SeatMapCache seatMaps;

	StorefrontSeatChoices(SeatReservations reservations, TenantSettingsRepository settings, HoldAdmission admission,
			SeatMapCache seatMaps) {
		this.reservations = reservations;
		this.settings = settings;
		this.admission = admission;
		this.seatMaps = seatMaps;
	}

	@Override
	public SeatHold hold(ShowtimeId showtime, List<String> seats, String customer, String client, String address) {
		HoldSettings current = settings.current();
		RateLimits.Decision decision = admission.admit(current, client, address);
		if (!decision.allowed()) {
			throw new Problem(ReservationsProblems.RATE_LIMITED, "Seats are being held too fast from here. Wait "
					+ Math.max(1, decision.retryIn().toSeconds()) + " s and choose again.").retryAfter(decision.retryIn());
		}
		return reservations.hold(showtime, seats, customer, client, current);
	}

	@Override
	public Set<String> unavailable(ShowtimeId showtime) {
		return seatMaps.get(showtime).unavailable();
	}
}
