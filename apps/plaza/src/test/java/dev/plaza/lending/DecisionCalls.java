package dev.plaza.lending;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import tools.jackson.databind.JsonNode;

/**
 * Decisions and offers over the API, as the decision tests need them. Applicants are picked for the
 * bundled credit-bureau simulator: the last three digits of a national id are the score it reports.
 */
final class DecisionCalls {

	static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	final PlazaClient plaza;

	final Lenders lenders;

	DecisionCalls(PlazaClient plaza) {
		this.plaza = plaza;
		this.lenders = new Lenders(plaza);
	}

	/** A valid Spanish DNI, new to the bureau, whose report has that score (300 to 850). */
	static String nationalIdScoring(int score) {
		int number = ThreadLocalRandom.current().nextInt(10_000, 99_999) * 1000 + score;
		return "%08d%c".formatted(number, DNI_LETTERS.charAt(number % 23));
	}

	/**
	 * The known loan: 10,000.00 € at 12 % over 12 months, declining balance, 30/360, no fee, checked by
	 * Spain's loan-eligibility rules.
	 */
	static Map<String, Object> knownProduct(String code) {
		Map<String, Object> product = Lenders.product(code, 1200);
		product.put("termsMonths", List.of(12, 24));
		product.put("originationFeeBasisPoints", 0);
		return product;
	}

	/** An application for 10,000.00 € over 12 months by someone earning 3,000.00 a month, with that score. */
	static Map<String, Object> application(String country, int score) {
		Map<String, Object> application = Lenders.application(country);
		application.put("amount", 1_000_000);
		application.put("termMonths", 12);
		applicant(application).put("nationalId", nationalIdScoring(score));
		applicant(application).put("income", 300_000);
		return application;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> applicant(Map<String, Object> application) {
		return (Map<String, Object>) application.get("applicant");
	}

	/** A storefront on the lender's own domain; answers the host. */
	String storefront(TenantCaller lender) {
		return plaza.serveStorefrontAt(lender.tenantId(), "loans-" + lender.tenantId().substring(24) + ".example.com");
	}

	/** Applies on the lender's storefront without a token; answers the application's id. */
	String applyAt(String host, Map<String, Object> application) {
		Response submitted = lenders.applyAt(host, application);
		if (submitted.status() != 201) {
			throw new AssertionError("Could not apply: " + submitted.status() + " " + submitted.text());
		}
		return submitted.json().get("id").asString();
	}

	JsonNode application(String token, String id) {
		return ok(plaza.get("/api/v1/lending/applications/" + id, token)).json();
	}

	/** The application once it left {@code submitted}. */
	JsonNode settled(String token, String id) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !"submitted".equals(application(token, id).get("status").asString()));
		return application(token, id);
	}

	/** The lender's decision on the application, as the applicant sees it. */
	static Optional<JsonNode> decisionOf(JsonNode application, String lender) {
		return application.get("decisions").valueStream().filter(decision -> lender.equals(decision.get("lender").asString())).findFirst();
	}

	List<JsonNode> offers(String token, String id) {
		return ok(plaza.get(offersPath(id), token)).json().get("items").valueStream().toList();
	}

	/** The lender's open offer for the application, once it made one. */
	JsonNode offerOf(String token, String id, String lender) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> offers(token, id).stream().anyMatch(offer -> lender.equals(offer.get("lender").asString())));
		return offers(token, id).stream().filter(offer -> lender.equals(offer.get("lender").asString())).findFirst().orElseThrow();
	}

	Response accept(String token, String id, String offer) {
		return plaza.postJson(offersPath(id) + "/" + offer + "/accept", token, "");
	}

	/** The lender's copy of the application in its review queue, once it is there. */
	JsonNode inReview(TenantCaller lender, String application) {
		await().atMost(Duration.ofSeconds(30)).until(() -> review(lender, application).isPresent());
		return review(lender, application).orElseThrow();
	}

	Optional<JsonNode> review(TenantCaller lender, String application) {
		return ok(plaza.get("/api/v1/lending/reviews", lender.token())).json()
			.get("items")
			.valueStream()
			.filter(review -> application.equals(review.get("applicationId").asString()))
			.findFirst();
	}

	static String offersPath(String application) {
		return "/api/v1/lending/applications/" + application + "/offers";
	}

	static Response ok(Response response) {
		if (response.status() != 200) {
			throw new AssertionError("Expected 200, got " + response.status() + ": " + response.text());
		}
		return response;
	}
}
