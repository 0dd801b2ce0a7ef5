package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lenders and applicants over the API, as the lending tests need them: a lender is a tenant that chose
 * its country, with products and maybe a place in the marketplace; an applicant applies through the
 * marketplace with a token or on a lender's storefront without one.
 */
public final class Lenders {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final PlazaClient plaza;

	public Lenders(PlazaClient plaza) {
		this.plaza = plaza;
	}

	/**
	 * Publishes {@code country} as Spain is configured, in {@code timeZone}, plus the rule set {@code ruleSet}: Spain's
	 * loan eligibility and one more rule only applicants with a net monthly income of 4,000.00 € or more pass.
	 */
	public void publishCountryWithAHighIncomeRuleSet(String country, String timeZone, String ruleSet) {
		ObjectNode document;
		try (InputStream in = Lenders.class.getResourceAsStream("/dev/plaza/rules/countries/ES.json")) {
			document = (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		document.put("timeZone", timeZone);
		ObjectNode highIncomeRules = ((ObjectNode) document.get("ruleSets").get("loan-eligibility")).deepCopy();
		ObjectNode highIncome = ((ArrayNode) highIncomeRules.get("rules")).addObject();
		highIncome.put("name", "highIncome");
		highIncome.put("expression", "application.income >= 400000");
		highIncome.put("message", "This loan is for net monthly incomes of 4,000.00 € or more");
		highIncome.put("severity", "error");
		((ObjectNode) document.get("ruleSets")).set(ruleSet, highIncomeRules);
		Response published = plaza.postJson("/api/v1/config/countries/" + country + "/versions", plaza.adminToken(),
				JSON.writeValueAsString(Map.of("document", document)));
		assertThat(published.status()).as(published.text()).isEqualTo(201);
	}

	/** A new lender (a new organization's demo tenant) following the country, with lending:read and lending:write. */
	public TenantCaller lender(String country) {
		return lender(country, new String[0]);
	}

	/** A new lender following the country, with lending:read, lending:write and the further scopes. */
	public TenantCaller lender(String country, String... furtherScopes) {
		String[] scopes = Stream.concat(Stream.of("lending:read", "lending:write", "config:write"), Stream.of(furtherScopes))
			.toArray(String[]::new);
		TenantCaller lender = caller(scopes);
		Response chosen = put("/api/v1/config/tenant", lender.token(), Map.of("country", country, "overrides", Map.of()));
		if (chosen.status() != 200) {
			throw new IllegalStateException("Could not choose " + country + ": " + chosen.text());
		}
		return lender;
	}

	/** A new tenant's caller with the scopes, which chose no country. */
	public TenantCaller caller(String... scopes) {
		String admin = plaza.adminToken();
		return plaza.tenantCaller(admin, plaza.newOrganization(admin).get("tenants").get(0).get("id").asString(), scopes);
	}

	/** A valid product body: EUR 1,000.00 to 20,000.00 over 12, 24 or 36 months at the given rate, monthly annuity. */
	public static Map<String, Object> product(String code, int annualRateBasisPoints) {
		Map<String, Object> product = new LinkedHashMap<>();
		product.put("code", code);
		product.put("name", "Personal loan " + code);
		product.put("currency", "EUR");
		product.put("minAmount", 100_000);
		product.put("maxAmount", 2_000_000);
		product.put("termsMonths", List.of(12, 24, 36));
		product.put("annualRateBasisPoints", annualRateBasisPoints);
		product.put("amortization", "declining_balance");
		product.put("dayCount", "30/360");
		product.put("repaymentFrequency", "monthly");
		product.put("graceMonths", 0);
		product.put("originationFeeBasisPoints", 100);
		product.put("lateFee", 1_500);
		product.put("eligibilityRuleSet", "loan-eligibility");
		return product;
	}

	public Response createProduct(String token, Map<String, Object> product) {
		return plaza.postJson("/api/v1/lending/products", token, JSON.writeValueAsString(product));
	}

	/** Creates the product, or fails naming why. */
	public String productOf(TenantCaller lender, Map<String, Object> product) {
		Response created = createProduct(lender.token(), product);
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create a product: " + created.text());
		}
		return created.json().get("id").asString();
	}

	public Response participate(String token, boolean participating, List<String> countries) {
		return put("/api/v1/lending/marketplace", token, Map.of("participating", participating, "countries", countries));
	}

	/** A valid application body: a Spanish adult asking 5,000.00 € over 24 months, consenting to share. */
	public static Map<String, Object> application(String country) {
		Map<String, Object> applicant = new LinkedHashMap<>();
		applicant.put("name", "Lucía Martín");
		applicant.put("nationalId", "12345678Z");
		applicant.put("dateOfBirth", "1988-03-14");
		applicant.put("email", "lucia-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
		applicant.put("income", 260_000);
		applicant.put("employment", "employed");
		applicant.put("address", "Calle Mayor 1, 28013 Madrid");
		Map<String, Object> application = new LinkedHashMap<>();
		application.put("applicant", applicant);
		application.put("amount", 500_000);
		application.put("termMonths", 24);
		application.put("purpose", "car");
		if (country != null) {
			application.put("country", country);
		}
		application.put("consentToShare", true);
		return application;
	}

	public Response apply(String token, Map<String, Object> application) {
		return plaza.postJson("/api/v1/lending/applications", token, JSON.writeValueAsString(application));
	}

	/** Applies on a storefront domain, without a token, as a visitor's browser would. */
	public Response applyAt(String host, Map<String, Object> application) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/lending/applications"))
			.header("Host", host)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(application))));
	}

	public Response put(String path, String token, Object body) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}
}
