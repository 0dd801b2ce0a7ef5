package dev.plaza.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.plaza.identity.domain.Role;
import dev.plaza.identity.domain.StaffStatus;
import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.identity.persistence.StaffMemberRepository;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People's tokens in one call, the way an app gets them: a public client sends the browser to
 * {@code /oauth2/authorize} with PKCE (S256), the person logs in on the login pages (and chooses an
 * environment, and consents), and the app exchanges the code. Over real HTTP with a cookie jar of
 * its own; every step is also callable on its own through {@link Browser}.
 */
@TestComponent
@Lazy
public class StaffTokens {

	/** Where the test apps say they listen; nothing needs to: the redirect is read, not followed. */
	public static final String REDIRECT_URI = "http://127.0.0.1/callback";

	public static final String PASSWORD = "correct horse battery staple 42";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern HIDDEN_SCOPE = Pattern.compile("name=\"scope\" value=\"([^\"]+)\"");

	private final PlazaClient plaza;

	private final StaffMemberRepository people;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	@Autowired
	public StaffTokens(PlazaClient plaza, StaffMemberRepository people, PasswordEncoder passwords,
			TransactionTemplate transactions) {
		this.plaza = plaza;
		this.people = people;
		this.passwords = passwords;
		this.transactions = transactions;
	}

	/** An active person of the organization with the roles, who may work in the environments; password {@link #PASSWORD}. */
	public Person person(String organizationId, Set<Role> roles, Set<Environment> environments) {
		UUID id = UUID.randomUUID();
		String email = "person-" + id.toString().substring(0, 8) + "@example.com";
		TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> {
			people.add(new StaffAccount(id, new OrganizationId(UUID.fromString(organizationId)), email, "Person " + email,
					roles, environments, StaffStatus.INVITED, null, 0, null, null, false, null,
					Instant.now().truncatedTo(ChronoUnit.MICROS)));
			people.setPassword(id, passwords.encode(PASSWORD));
			return null;
		}));
		return new Person(id, email, organizationId, null);
	}

	/** As {@link #person}, with a TOTP second factor enrolled; answers the secret with the person. */
	public Person personWithSecondFactor(String organizationId, Set<Role> roles, Set<Environment> environments) {
		Person person = person(organizationId, roles, environments);
		byte[] key = new byte[20];
		new SecureRandom().nextBytes(key);
		String secret = new Base32().encodeToString(key);
		TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> {
			people.startSecondFactor(person.id(), secret);
			people.confirmSecondFactor(person.id());
			return null;
		}));
		return new Person(person.id(), person.email(), organizationId, secret);
	}

	/** The code the person's authenticator app shows now (RFC 6238). */
	public static String totpNow(Person person) {
		try {
			return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
					new SecretKeySpec(new Base32().decode(person.totpSecret()), "HmacSHA1"), Instant.now());
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A public client of the tenant, registered by the platform operator, that asks for no consent. */
	public String firstPartyApp(String tenantId, String... scopes) {
		return publicClient(tenantId, plaza.adminToken(), false, scopes);
	}

	/** A public client registered with the token; answers its client id. */
	public String publicClient(String tenantId, String token, Boolean consent, String... scopes) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", "Test app");
		request.put("type", "public");
		request.put("scopes", List.of(scopes));
		request.put("redirectUris", List.of(REDIRECT_URI));
		request.put("postLogoutRedirectUris", List.of(REDIRECT_URI + "/logged-out"));
		if (consent != null) {
			request.put("consent", consent);
		}
		PlazaClient.Response created = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", token,
				JSON.writeValueAsString(request));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not register a public client: " + created.text());
		}
		return created.json().get("clientId").asString();
	}

	/** The person logs in through the app (in the environment, when they have several) and the app gets its tokens. */
	public Tokens login(Person person, String clientId, Environment environment, String... scopes) {
		Browser browser = browser();
		Authorization authorization = browser.authorize(clientId, scopes);
		String next = browser.logIn(person.email(), PASSWORD).header("Location");
		if (next.contains("/login/environment")) {
			next = browser.chooseEnvironment(environment.code()).header("Location");
		}
		PlazaClient.Response answer = browser.get(next);
		if (answer.header("Location").contains("/login/consent")) {
			answer = browser.consent(answer.header("Location"));
		}
		return browser.exchange(authorization, answer.header("Location"));
	}

	public Browser browser() {
		return new Browser();
	}

	/** @param totpSecret the Base32 TOTP secret, when the person has a second factor */
	public record Person(UUID id, String email, String organizationId, String totpSecret) {
	}

	/** What the app keeps between sending the browser away and getting the code back. */
	public record Authorization(String clientId, String state, String verifier) {
	}

	public record Tokens(String accessToken, String refreshToken, String idToken, JsonNode response) {
	}

	/** A browser: follows nothing by itself, keeps its cookies, sends the CSRF token the last page had. */
	public class Browser {

		private final HttpClient http = HttpClient.newHttpClient();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private String csrf;

		/** Sends the browser to the authorization endpoint with PKCE S256; answers the app's side of it. */
		public Authorization authorize(String clientId, String... scopes) {
			Authorization authorization = new Authorization(clientId, random(), random());
			PlazaClient.Response answer = get(authorizeUrl(authorization, Map.of("code_challenge",
					challenge(authorization.verifier()), "code_challenge_method", "S256"), scopes));
			if (answer.status() != 302 || !answer.header("Location").endsWith("/login")) {
				throw new IllegalStateException("Expected to be sent to log in, got " + answer.status() + " "
						+ answer.header("Location") + " " + answer.text());
			}
			return authorization;
		}

		/** The authorization endpoint's URL for the app with extra (or no) PKCE parameters. */
		public String authorizeUrl(Authorization authorization, Map<String, String> pkce, String... scopes) {
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("response_type", "code");
			parameters.put("client_id", authorization.clientId());
			parameters.put("redirect_uri", REDIRECT_URI);
			parameters.put("scope", String.join(" ", scopes));
			parameters.put("state", authorization.state());
			parameters.putAll(pkce);
			return "/oauth2/authorize?" + form(parameters);
		}

		public PlazaClient.Response logIn(String email, String password) {
			get("/login");
			return post("/login", Map.of("username", email, "password", password, "_csrf", csrf));
		}

		public PlazaClient.Response chooseEnvironment(String environment) {
			get("/login/environment");
			return post("/login/environment", Map.of("environment", environment, "_csrf", csrf));
		}

		/** Reads the consent page and allows everything it lists. */
		public PlazaClient.Response consent(String consentPage) {
			PlazaClient.Response page = get(consentPage);
			Map<String, List<String>> query = query(URI.create(consentPage).getRawQuery());
			List<String> approved = new ArrayList<>();
			Matcher scopes = HIDDEN_SCOPE.matcher(page.text());
			while (scopes.find()) {
				approved.add(scopes.group(1));
			}
			String body = form(Map.of("client_id", query.get("client_id").get(0), "state", query.get("state").get(0)))
					+ approved.stream().map(scope -> "&scope=" + encode(scope)).collect(Collectors.joining());
			return send(HttpRequest.newBuilder(absolute("/oauth2/authorize"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		/** The app exchanges the code it was sent back with, proving the verifier. */
		public Tokens exchange(Authorization authorization, String redirectedTo) {
			Map<String, List<String>> answer = query(URI.create(redirectedTo).getRawQuery());
			if (!answer.containsKey("code") || !authorization.state().equals(answer.get("state").get(0))) {
				throw new IllegalStateException("No code for this authorization in " + redirectedTo);
			}
			PlazaClient.Response token = tokenRequest(Map.of("grant_type", "authorization_code", "code",
					answer.get("code").get(0), "redirect_uri", REDIRECT_URI, "client_id", authorization.clientId(),
					"code_verifier", authorization.verifier()));
			if (token.status() != 200) {
				throw new IllegalStateException("The code exchange failed: " + token.status() + " " + token.text());
			}
			return tokens(token.json());
		}

		public PlazaClient.Response get(String url) {
			return send(HttpRequest.newBuilder(absolute(url)).header("Accept", "text/html").GET());
		}

		public PlazaClient.Response post(String path, Map<String, String> fields) {
			return send(HttpRequest.newBuilder(absolute(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form(fields))));
		}

		public Map<String, String> cookies() {
			return cookies;
		}

		/** The CSRF token of the last page that had a form. */
		public String csrf() {
			return csrf;
		}

		private PlazaClient.Response send(HttpRequest.Builder request) {
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
					.collect(Collectors.joining("; ")));
			}
			try {
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				for (String cookie : response.headers().allValues("Set-Cookie")) {
					String pair = cookie.split(";", 2)[0];
					cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
				}
				Matcher token = CSRF.matcher(response.body());
				if (token.find()) {
					csrf = token.group(1);
				}
				return new PlazaClient.Response(response.statusCode(), response);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private URI absolute(String url) {
			return url.startsWith("http") ? URI.create(url) : plaza.uri(url);
		}
	}

	/** A request to the token endpoint as a public client makes it (form, no Authorization header). */
	public PlazaClient.Response tokenRequest(Map<String, String> fields) {
		return plaza.post("/oauth2/token", null, "application/x-www-form-urlencoded", form(fields));
	}

	/** The app exchanges its refresh token. */
	public PlazaClient.Response refresh(String clientId, String refreshToken) {
		return tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId));
	}

	public static Tokens tokens(JsonNode response) {
		return new Tokens(response.get("access_token").asString(),
				response.has("refresh_token") ? response.get("refresh_token").asString() : null,
				response.has("id_token") ? response.get("id_token").asString() : null, response);
	}

	/** The claims of a JWT, unverified: for reading what a token says, not for trusting it. */
	public static JsonNode claims(String jwt) {
		return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
	}

	public static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Map<String, List<String>> query(String rawQuery) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (rawQuery == null) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), key -> new ArrayList<>())
				.add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return parameters;
	}

	private static String random() {
		byte[] value = new byte[32];
		new SecureRandom().nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
