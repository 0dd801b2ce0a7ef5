package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An app built on an independent OpenID Connect library (Nimbus), used unmodified, logs a person in
 * through the real login pages in Chromium: it discovers Plaza, sends the browser with PKCE (S256),
 * the person gives their password, chooses the environment and consents, the app catches the
 * redirect on its loopback port, exchanges the code and validates the ID token against the
 * published keys. The access token opens what its scopes allow, and nothing else.
 */
@PlazaTest
class PeopleBrowserLoginTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	@Test
	void aPersonLogsInThroughTheBrowserAndTheAppGetsValidatedTokens() throws Exception {
		assertThat(CHROMIUM).as("this test drives the system's Chromium: install it with 'apt-get install chromium'")
			.isExecutable();
		String admin = plaza.adminToken();
		JsonNode organization = plaza.newOrganization(admin);
		String production = tenant(organization, "production");
		Person person = staff.person(organization.get("id").asString(), Set.of(Role.ANALYST),
				Set.of(Environment.DEMO, Environment.PRODUCTION));
		// Registered by the tenant's side: a third-party app, so the person is asked to consent.
		ClientID app = new ClientID(staff.publicClient(production, admin, null, "openid", "email", "tenant:read",
				"clients:write"));

		OIDCProviderMetadata plazaMetadata = OIDCProviderMetadata.resolve(new Issuer(plaza.uri("").toString()));
		CodeVerifier verifier = new CodeVerifier();
		State state = new State();
		Nonce nonce = new Nonce();

		try (Callback callback = new Callback()) {
			AuthenticationRequest request = new AuthenticationRequest.Builder(new ResponseType("code"),
					new Scope("openid", "email", "tenant:read"), app, callback.uri())
				.endpointURI(plazaMetadata.getAuthorizationEndpointURI())
				.state(state)
				.nonce(nonce)
				.codeChallenge(verifier, CodeChallengeMethod.S256)
				.build();

			List<Cookie> cookies = logInWithChromium(request.toURI(), person);
			assertThat(cookies).anySatisfy(cookie -> {
				assertThat(cookie.name).isEqualTo("PLAZA_SESSION");
				assertThat(cookie.httpOnly).isTrue();
				assertThat(cookie.secure).isTrue();
				assertThat(cookie.sameSite.name()).isEqualTo("LAX");
			});

			AuthorizationResponse response = AuthorizationResponse.parse(callback.received());
			assertThat(response.getState()).isEqualTo(state);
			AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
			OIDCTokenResponse tokens = (OIDCTokenResponse) OIDCTokenResponseParser.parse(new TokenRequest(
					plazaMetadata.getTokenEndpointURI(), app, new AuthorizationCodeGrant(code, callback.uri(), verifier))
				.toHTTPRequest()
				.send())
				.toSuccessResponse();

			IDTokenClaimsSet id = new IDTokenValidator(plazaMetadata.getIssuer(), app, JWSAlgorithm.RS256,
					plazaMetadata.getJWKSetURI().toURL())
				.validate(tokens.getOIDCTokens().getIDToken(), nonce);
			assertThat(id.getSubject().getValue()).isEqualTo(person.id().toString());
			assertThat(id.getStringClaim("email")).isEqualTo(person.email());

			String accessToken = tokens.getOIDCTokens().getAccessToken().getValue();
			assertThat(StaffTokens.claims(accessToken).get("tenant").asString()).isEqualTo(production);
			Response read = plaza.get("/api/v1/tenant", accessToken);
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.json().get("id").asString()).isEqualTo(production);
			Response write = plaza.postJson("/api/v1/tenants/" + production + "/clients", accessToken,
					"{\"name\":\"Not allowed\",\"scopes\":[\"tenant:read\"]}");
			assertThat(write.status()).isEqualTo(403);
			assertThat(write.problemType()).isEqualTo("insufficient-scope");
		}
	}

	/** The person's part, in the browser: password, environment, consent. Answers the browser's cookies. */
	private List<Cookie> logInWithChromium(URI authorizationRequest, Person person) {
		try (Playwright playwright = Playwright.create();
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
						.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
								"--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
			BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
			Page page = context.newPage();
			page.navigate(authorizationRequest.toString());

			assertThat(page.title()).isEqualTo("Log in · Plaza");
			page.getByLabel("E-mail address").fill(person.email());
			page.getByLabel("Password").fill(StaffTokens.PASSWORD);
			page.locator("button[type=submit]").click();

			assertThat(page.locator("legend").textContent()).contains("Which environment");
			page.getByLabel("Production").check();
			page.locator("button[type=submit]").click();

			assertThat(page.locator("h1").textContent()).isEqualTo("Allow Test app to use your account?");
			assertThat(page.locator("li").allTextContents()).containsExactlyInAnyOrder("See your e-mail address",
					"See your organization's settings");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/consent.png")).setFullPage(true));
			page.locator("#allow").click();
			assertThat(page.content()).contains("back in the app");
			// All of them: asked for by URL, Playwright leaves out Secure cookies of an http address, which Chromium keeps and sends on loopback.
			return context.cookies();
		}
	}

	private static String tenant(JsonNode organization, String environment) {
		for (JsonNode tenant : organization.get("tenants")) {
			if (tenant.get("environment").asString().equals(environment)) {
				return tenant.get("id").asString();
			}
		}
		throw new IllegalStateException("No " + environment + " tenant");
	}

	/** The app's redirect endpoint: a loopback port of its own, as a native app has (RFC 8252). */
	static final class Callback implements AutoCloseable {

		private final HttpServer server;

		private final CompletableFuture<URI> received = new CompletableFuture<>();

		Callback() throws java.io.IOException {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/callback", exchange -> {
				received.complete(URI.create(uri() + "?" + exchange.getRequestURI().getRawQuery()));
				byte[] body = "<!DOCTYPE html><title>Done</title><p>You are back in the app.</p>".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
		}

		URI uri() {
			return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
		}

		URI received() throws Exception {
			return received.get(10, TimeUnit.SECONDS);
		}

		@Override
		public void close() {
			server.stop(0);
		}
	}
}
