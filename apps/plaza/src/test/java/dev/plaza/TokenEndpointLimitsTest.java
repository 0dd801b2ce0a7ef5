package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guessing client secrets is slowed down: after 10 failed authentications in a minute, per client id
 * and per address, the token endpoint answers 429 with Retry-After. Each test calls from a loopback
 * address of its own (127.0.0.x), so the other tests, all from 127.0.0.1, are not throttled.
 */
@PlazaTest
class TokenEndpointLimitsTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void aClientIdIsThrottledAfterTenFailures() throws Exception {
		String guessed = "pzc_guessed-" + UUID.randomUUID();
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(token(from("127.0.0.3"), guessed, "wrong-" + attempt).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> throttled = token(from("127.0.0.4"), guessed, "wrong-11");

		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
		assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(throttled.body()).contains("too-many-failed-authentications");
		assertThat(token(from("127.0.0.4"), "plaza-admin", PlazaClient.ADMIN_SECRET).statusCode()).isEqualTo(200);
	}

	@Test
	void anAddressIsThrottledAfterTenFailuresWhicheverClientIds() throws Exception {
		HttpClient from = from("127.0.0.2");
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(token(from, "pzc_guessed-" + UUID.randomUUID(), "wrong").statusCode()).isEqualTo(401);
		}

		assertThat(token(from, "plaza-admin", PlazaClient.ADMIN_SECRET).statusCode()).isEqualTo(429);
		assertThat(plaza.adminToken()).isNotBlank();
	}

	private static HttpClient from(String loopbackAddress) throws IOException {
		return HttpClient.newBuilder().localAddress(InetAddress.getByName(loopbackAddress)).build();
	}

	private HttpResponse<String> token(HttpClient from, String clientId, String secret) throws Exception {
		return from.send(HttpRequest.newBuilder(plaza.uri("/oauth2/token"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
