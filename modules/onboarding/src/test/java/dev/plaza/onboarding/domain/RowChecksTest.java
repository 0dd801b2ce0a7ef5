package dev.plaza.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RowChecksTest {

	private final RowChecks checks = new RowChecks(Set.of("ES", "PT", "FR"));

	@Test
	void aCompleteRowPasses() {
		assertThat(checks.check(business("ES", "ana@example.com", "ES91 2100 0418 4502 0005 1332"))).isEmpty();
	}

	@Test
	void eachMissingOrMisshapenFieldIsNamed() {
		assertThat(checks.check(business("XX", "not-an-email", "12")))
			.extracting(Reason::rule)
			.containsExactly("country", "contactEmail", "iban");
		assertThat(checks.check(new Business(null, " ", "ES", null, "", null, null, Optional.empty())))
			.extracting(Reason::rule)
			.containsExactly("legalName", "taxId", "contactEmail", "contactName", "iban", "address");
	}

	@Test
	void theCountryIsOneWithConfiguration() {
		assertThat(checks.check(business("DE", "ana@example.com", "ES9121000418450200051332")))
			.singleElement()
			.satisfies(reason -> assertThat(reason.message()).contains("ES, FR, PT"));
	}

	private static Business business(String country, String email, String iban) {
		return new Business("Tapas SL", "B12345674", country, email, "Ana Ruiz", iban, "Calle Mayor 1, Madrid",
				Optional.empty());
	}
}
