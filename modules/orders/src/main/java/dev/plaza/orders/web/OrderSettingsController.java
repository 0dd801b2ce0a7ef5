package dev.plaza.orders.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import dev.plaza.orders.persistence.OrderSettingsRepository;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the tenant sells, in what currency, and how long an order may await payment. */
@RestController
@RequestMapping("/api/v1/orders/settings")
class OrderSettingsController {

	static final long MAX_DEADLINE_SECONDS = Duration.ofDays(1).toSeconds();

	private final OrderSettingsRepository settings;

	private final Configurations configurations;

	OrderSettingsController(OrderSettingsRepository settings, Configurations configurations) {
		this.settings = settings;
		this.configurations = configurations;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_orders:read', 'SCOPE_orders:write')")
	@Transactional(readOnly = true)
	SettingsView get() {
		return SettingsView.of(settings.current());
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_orders:write')")
	@Transactional
	SettingsView put(@RequestBody SettingsView request) {
		request.validate(configurations.countries().stream().map(Country::code).toList());
		OrderSettingsRepository.Settings saved = new OrderSettingsRepository.Settings(request.country(),
				Currency.getInstance(request.currency()), Duration.ofSeconds(request.paymentDeadlineSeconds()));
		settings.save(saved);
		return SettingsView.of(saved);
	}

	record SettingsView(String country, String currency, Long paymentDeadlineSeconds) {

		static SettingsView of(OrderSettingsRepository.Settings settings) {
			return new SettingsView(settings.country(), settings.currency().getCurrencyCode(),
					settings.paymentDeadline().toSeconds());
		}

		void validate(List<String> configured) {
			List<FieldError> errors = new ArrayList<>();
			if (country == null || !configured.contains(country)) {
				errors.add(new FieldError("country", "must be one of the countries Plaza has configuration (and so tax rules) for: "
						+ configured));
			}
			if (!isCurrency(currency)) {
				errors.add(new FieldError("currency", "must be an ISO 4217 code, such as \"EUR\""));
			}
			if (paymentDeadlineSeconds == null || paymentDeadlineSeconds < 1 || paymentDeadlineSeconds > MAX_DEADLINE_SECONDS) {
				errors.add(new FieldError("paymentDeadlineSeconds",
						"must be 1 to " + MAX_DEADLINE_SECONDS + " seconds, such as 900 for 15 minutes"));
			}
			Problem.refuseIfAny(errors);
		}
	}

	static boolean isCurrency(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}
}
