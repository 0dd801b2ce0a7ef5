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

/**
 * A lender configures its loan products within its country's lending limits and rate caps, each refusal
 * naming the cap it would pass.
 */
@PlazaTest
class LoanProductsTest {

	@Autowired
	PlazaClient plaza;

	Lenders lenders() {
		return new Lenders(plaza);
	}

	@Test
	void aLenderCreatesAProductAndReadsItBackAndInItsList() {
		TenantCaller lender = lenders().lender("ES");

		Response created = lenders().createProduct(lender.token(), Lenders.product("PERSONAL-12", 1200));

		assertThat(created.status()).isEqualTo(201);
		JsonNode product = created.json();
		assertThat(created.header("Location")).isEqualTo("/api/v1/lending/products/" + product.get("id").asString());
		assertThat(product.get("country").asString()).isEqualTo("ES");
		assertThat(product.get("currency").asString()).isEqualTo("EUR");
		assertThat(product.get("termsMonths").valueStream().map(JsonNode::asInt)).containsExactly(12, 24, 36);
		assertThat(product.get("amortization").asString()).isEqualTo("declining_balance");
		assertThat(product.get("dayCount").asString()).isEqualTo("30/360");
		assertThat(product.get("eligibilityRuleSet").asString()).isEqualTo("loan-eligibility");
		Response read = plaza.get(created.header("Location"), lender.token());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(product);
		Response listed = plaza.get("/api/v1/lending/products", lender.token());
		assertThat(listed.json().get("items").valueStream().map(item -> item.get("code").asString()))
			.containsExactly("PERSONAL-12");
		assertThat(listed.json().get("nextCursor").isNull()).isTrue();
	}

	@Test
	void theListComesAPageAtATimeAndOtherLendersProductsStayUnseen() {
		TenantCaller lender = lenders().lender("ES");
		TenantCaller other = lenders().lender("ES");
		for (String code : List.of("A", "B", "C")) {
			lenders().productOf(lender, Lenders.product(code, 1000));
		}
		lenders().productOf(other, Lenders.product("THEIRS", 1000));

		JsonNode first = plaza.get("/api/v1/lending/products?limit=2", lender.token()).json();
		JsonNode second = plaza.get("/api/v1/lending/products?limit=2&cursor=" + first.get("nextCursor").asString(),
				lender.token()).json();

		assertThat(first.get("items").valueStream().map(item -> item.get("code").asString())).containsExactly("A", "B");
		assertThat(second.get("items").valueStream().map(item -> item.get("code").asString())).containsExactly("C");
		assertThat(second.get("nextCursor").isNull()).isTrue();
		String theirs = plaza.get("/api/v1/lending/products", other.token()).json().get("items").get(0).get("id").asString();
		assertThat(plaza.get("/api/v1/lending/products/" + theirs, lender.token()).status()).isEqualTo(404);
	}

	@Test
	void eachCapAProductWouldPassIsNamedWithItsValueCountryAndVersion() {
		TenantCaller lender = lenders().lender("ES");
		Map<String, Object> product = Lenders.product("TOO-MUCH", 2500);
		product.put("minAmount", 50_000);
		product.put("maxAmount", 9_000_000);
		product.put("termsMonths", List.of(12, 120));

		Response refused = lenders().createProduct(lender.token(), product);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("exceeds-lending-limit");
		assertThat(refused.json().get("detail").asString())
			.contains("annualRateBasisPoints 2500 is above ES's cap maxAnnualRateBasisPoints 2000 (configuration version 1)")
			.contains("minAmount 50000 is below ES's cap minAmount 100000")
			.contains("maxAmount 9000000 is above ES's cap maxAmount 6000000")
			.contains("maxTermMonths 96");
		assertThat(plaza.get("/api/v1/lending/products", lender.token()).json().get("items")).isEmpty();
	}

	@Test
	void aProductWhoseFeeAndRateReachAnAprAboveTheCapIsRefused() {
		TenantCaller lender = lenders().lender("ES");
		// 19 % nominal is under ES's 20 % cap, but a 5 % fee over 12 months lifts the APR far above its 25 %.
		Map<String, Object> product = Lenders.product("COSTLY", 1900);
		product.put("originationFeeBasisPoints", 500);

		Response refused = lenders().createProduct(lender.token(), product);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("exceeds-lending-limit");
		assertThat(refused.json().get("detail").asString()).contains("ES's cap maxAprBasisPoints 2500 (configuration version 1)");
	}

	@Test
	void aProductInAnotherCurrencyThanTheCountrysIsRefused() {
		TenantCaller lender = lenders().lender("GB");

		Response refused = lenders().createProduct(lender.token(), Lenders.product("EURO", 1000));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("foreign-currency");
		assertThat(refused.json().get("detail").asString()).contains("must be GBP");
	}

	@Test
	void aDuplicateCodeIsAConflict() {
		TenantCaller lender = lenders().lender("ES");
		lenders().productOf(lender, Lenders.product("SAME", 1000));

		Response refused = lenders().createProduct(lender.token(), Lenders.product("SAME", 900));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("product-code-taken");
	}

	@Test
	void anUnknownRuleSetIsRefusedNamingTheOnesThatExist() {
		TenantCaller lender = lenders().lender("ES");
		Map<String, Object> product = Lenders.product("RULED", 1000);
		product.put("eligibilityRuleSet", "onboarding");

		Response refused = lenders().createProduct(lender.token(), product);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("unknown-rule-set");
		assertThat(refused.json().get("detail").asString()).contains("'onboarding'").contains("[loan-eligibility]");
	}

	@Test
	void aProductWithoutRuleSetIsAllowed() {
		TenantCaller lender = lenders().lender("PT");
		Map<String, Object> product = Lenders.product("PLAIN", 1000);
		product.put("eligibilityRuleSet", null);

		Response created = lenders().createProduct(lender.token(), product);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("eligibilityRuleSet").isNull()).isTrue();
		assertThat(created.json().get("country").asString()).isEqualTo("PT");
	}

	@Test
	void aLenderThatChoseNoCountryIsToldToChooseOne() {
		TenantCaller undecided = lenders().caller("lending:write");

		Response refused = lenders().createProduct(undecided.token(), Lenders.product("ANY", 1000));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("lender-country-not-chosen");
		assertThat(refused.json().get("detail").asString()).contains("PUT /api/v1/config/tenant");
	}

	@Test
	void badFieldsAreListedAllAtOnce() {
		TenantCaller lender = lenders().lender("ES");
		Map<String, Object> product = Lenders.product("bad code!", 1000);
		product.put("amortization", "balloon");
		product.put("termsMonths", List.of(12, 0));
		product.put("graceMonths", 12);
		product.remove("dayCount");

		Response refused = lenders().createProduct(lender.token(), product);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.contains("code", "amortization", "termsMonths", "graceMonths", "dayCount");
	}

	@Test
	void readingNeedsALendingScopeAndWritingLendingWrite() {
		TenantCaller reader = lenders().caller("lending:read");

		assertThat(plaza.get("/api/v1/lending/products", reader.token()).status()).isEqualTo(200);
		assertThat(lenders().createProduct(reader.token(), Lenders.product("NOPE", 1000)).status()).isEqualTo(403);
	}
}
