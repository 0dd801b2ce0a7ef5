package dev.plaza.sims.cardprocessor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A customer types a card on the processor's hosted page; the merchant gets back only a token it can charge. */
class HostedCardPageTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String RETURN_URL = "https://shop.example/checkout/return?order=o-1";

	final HttpClient http = HttpClient.newHttpClient();

	final CardProcessorSimulator processor = CardProcessorSimulator.start(Settings.defaults().withApiKey("sk_test_123"));

	@AfterEach
	void stop() {
		processor.close();
	}

	@Test
	void theHostedPageIsALabelledFormThatCarriesTheReturnUrlAndState() throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(processor.baseUrl()
			.resolve("/hosted/card?return_url=" + encode(RETURN_URL) + "&state=abc")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(page.body()).contains("<label for=\"number\">Card number</label>", "<label for=\"expiry\">",
				"<label for=\"cvc\">", "name=\"state\" value=\"abc\"", "value=\"" + RETURN_URL.replace("&", "&amp;") + "\"")
			.doesNotContain("<script");
	}

	@Test
	void anApprovedTestCardRedirectsWithARandomTokenThatCharges() throws Exception {
		HttpResponse<String> answer = submit("4242 4242 4242 4242", "12/" + nextYear(), "123");

		assertThat(answer.statusCode()).isEqualTo(303);
		URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
		assertThat(location.toString()).startsWith(RETURN_URL + "&token=tok_").doesNotContain("4242");
		Map<String, String> query = query(location.getRawQuery());
		assertThat(query.get("token")).matches("tok_[0-9a-f]{24}");
		assertThat(query.get("state")).isEqualTo("opaque state/1");
		HttpResponse<String> charge = charge(query.get("token"));
		assertThat(charge.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(charge.body()).get("status").asString()).isEqualTo("succeeded");
		assertThat(query.get("token")).isNotEqualTo(query(URI.create(submit("4242424242424242", "12/" + nextYear(), "123")
			.headers().firstValue("Location").orElseThrow()).getRawQuery()).get("token"));
	}

	@Test
	void theDeclineTestCardGivesATokenWhoseChargeIsDeclined() throws Exception {
		String location = submit("4000 0000 0000 0002", "01/" + nextYear(), "1234").headers().firstValue("Location").orElseThrow();

		HttpResponse<String> charge = charge(query(URI.create(location).getRawQuery()).get("token"));

		assertThat(charge.statusCode()).isEqualTo(402);
		assertThat(JSON.readTree(charge.body()).get("error").get("code").asString()).isEqualTo("card_declined");
	}

	@Test
	void mistakesAreShownOnTheFormNextToTheirFieldsAndNoTokenIsIssued() throws Exception {
		HttpResponse<String> answer = submit("4242 4242 4242 4241", "01/20", "12");

		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.headers().firstValue("Location")).isEmpty();
		assertThat(answer.body()).contains("role=\"alert\"", "Your card number is incorrect", "Your card has expired",
				"security code is incorrect", "aria-describedby=\"number-error\"", "aria-describedby=\"cvc-error\"");
	}

	@Test
	void aReturnUrlThatIsNotHttpIsRefusedAndNeverUsed() throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(processor.baseUrl()
			.resolve("/hosted/card?return_url=" + encode("javascript:alert(1)") + "&state=x")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> post = http.send(form(Map.of("return_url", "ftp://shop.example/", "number", "4242424242424242",
				"expiry", "12/" + nextYear(), "cvc", "123")), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("absolute http or https URL");
		assertThat(post.statusCode()).isEqualTo(400);
		assertThat(post.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void apiUsersTokenizeACardAsJsonAndBadCardsAreCardErrors() throws Exception {
		HttpResponse<String> token = tokens("""
				{"card": {"number": "4242424242424242", "exp_month": 12, "exp_year": %d, "cvc": "123"}}""".formatted(
				YearMonth.now().getYear() + 1));
		HttpResponse<String> bad = tokens("""
				{"card": {"number": "4242424242424241", "exp_month": 12, "exp_year": 2099, "cvc": "123"}}""");

		assertThat(token.statusCode()).isEqualTo(200);
		JsonNode created = JSON.readTree(token.body());
		assertThat(created.get("id").asString()).matches("tok_[0-9a-f]{24}");
		assertThat(created.get("card").get("last4").asString()).isEqualTo("4242");
		assertThat(created.get("card").get("brand").asString()).isEqualTo("Visa");
		assertThat(charge(created.get("id").asString()).statusCode()).isEqualTo(200);
		assertThat(bad.statusCode()).isEqualTo(402);
		assertThat(JSON.readTree(bad.body()).get("error").get("code").asString()).isEqualTo("incorrect_number");
		assertThat(JSON.readTree(bad.body()).get("error").get("param").asString()).isEqualTo("card[number]");
	}

	HttpResponse<String> submit(String number, String expiry, String cvc) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("return_url", RETURN_URL);
		fields.put("state", "opaque state/1");
		fields.put("number", number);
		fields.put("expiry", expiry);
		fields.put("cvc", cvc);
		return http.send(form(fields), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value)));
		return HttpRequest.newBuilder(processor.baseUrl().resolve("/hosted/card"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

	HttpResponse<String> charge(String token) throws Exception {
		return http.send(HttpRequest.newBuilder(processor.baseUrl().resolve("/v1/charges"))
			.header("Authorization", "Bearer sk_test_123")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"amount": 950, "currency": "EUR", "payment_method": "%s"}""".formatted(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> tokens(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(processor.baseUrl().resolve("/v1/tokens"))
			.header("Authorization", "Bearer sk_test_123")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static Map<String, String> query(String raw) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : raw.split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String nextYear() {
		return String.valueOf((YearMonth.now().getYear() + 1) % 100);
	}
}
