package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A lender opts in to the marketplace for the countries whose applicants it takes, and out again. */
@PlazaTest
class MarketplaceTest {

	private static final String MARKETPLACE = "/api/v1/lending/marketplace";

	@Autowired
	PlazaClient plaza;

	@Test
	void aLenderThatNeverOptedInDoesNotParticipate() {
		TenantCaller lender = new Lenders(plaza).lender("ES");

		JsonNode current = plaza.get(MARKETPLACE, lender.token()).json();

		assertThat(current.get("participating").asBoolean()).isFalse();
		assertThat(current.get("countries")).isEmpty();
		assertThat(current.get("updatedAt").isNull()).isTrue();
	}

	@Test
	void aLenderOptsInForCountriesAndReadsItBackThenOptsOut() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller lender = lenders.lender("ES");

		Response joined = lenders.participate(lender.token(), true, List.of("ES", "PT", "ES"));

		assertThat(joined.status()).isEqualTo(200);
		assertThat(joined.json().get("participating").asBoolean()).isTrue();
		assertThat(joined.json().get("countries").valueStream().map(JsonNode::asString)).containsExactly("ES", "PT");
		assertThat(joined.json().get("updatedAt").asString()).isNotBlank();
		assertThat(plaza.get(MARKETPLACE, lender.token()).json()).isEqualTo(joined.json());

		Response left = lenders.participate(lender.token(), false, List.of());

		assertThat(left.json().get("participating").asBoolean()).isFalse();
		assertThat(plaza.get(MARKETPLACE, lender.token()).json().get("participating").asBoolean()).isFalse();
	}

	@Test
	void aCountryPlazaHasNoConfigurationForIsRefused() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller lender = lenders.lender("ES");

		Response refused = lenders.participate(lender.token(), true, List.of("ES", "US"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("unsupported-country");
		assertThat(refused.json().get("detail").asString()).contains("US").contains("ES", "PT");
		assertThat(plaza.get(MARKETPLACE, lender.token()).json().get("participating").asBoolean()).isFalse();
	}

	@Test
	void aMalformedBodyNamesItsFields() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller lender = lenders.lender("ES");

		Response refused = lenders.put(MARKETPLACE, lender.token(), Map.of("countries", List.of("es")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactlyInAnyOrder("participating", "countries");
	}

	@Test
	void optingInNeedsLendingWrite() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller reader = lenders.caller("lending:read");

		assertThat(lenders.participate(reader.token(), true, List.of("ES")).status()).isEqualTo(403);
		assertThat(plaza.get(MARKETPLACE, reader.token()).status()).isEqualTo(200);
	}
}
