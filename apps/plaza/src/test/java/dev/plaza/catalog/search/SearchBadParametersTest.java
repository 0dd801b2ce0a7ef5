package dev.plaza.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.catalog.CatalogCalls;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** A search with a bad parameter is refused with a problem naming the parameter and how to fix it. */
@PlazaTest
class SearchBadParametersTest {

	@Autowired
	PlazaClient plaza;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			limit=0                  | limit     | from 1 to 100
			limit=1000               | limit     | from 1 to 100
			limit=ten                | limit     | from 1 to 100
			date=2026-13-40          | date      | YYYY-MM-DD
			roomType=5D              | roomType  | 2D, 3D, 4D, IMAX, VIP
			cursor=not-a-cursor      | cursor    | nextCursor unchanged
			city=Ciudad%20de%20Mexico | city     | city slug such as ciudad-de-mexico
			cinema=MEX%2001          | cinema    | cinema code
			language=Spanish         | language  | language tag
			""")
	void aBadParameterIsRefusedWithHowToFixIt(String query, String parameter, String advice) {
		Response refused = plaza.get(ShowtimeSearchCalls.SEARCH + "?" + query, tenantToken());

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemType()).isEqualTo("invalid-parameter");
		assertThat(refused.json().get("parameter").asString()).isEqualTo(parameter);
		assertThat(refused.json().get("detail").asString()).contains("'" + parameter + "'", advice);
	}

	@ParameterizedTest
	@CsvSource({ "201, at most 200 characters", "11, at most 10 words" })
	void anOverlongTextIsRefused(int size, String advice) {
		String text = size > 100 ? "a".repeat(size) : "word%20".repeat(size);
		Response refused = plaza.get(ShowtimeSearchCalls.SEARCH + "?q=" + text, tenantToken());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("invalid-parameter");
		assertThat(refused.json().get("detail").asString()).contains("'q'", advice);
	}

	/** Search is public; a tenant's token stands for the tenant a storefront's host names. */
	private String tenantToken() {
		return CatalogCalls.newTenant(plaza, "tenant:read").token;
	}
}
