package dev.plaza.backoffice.application;

import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plaza's HTTP API called as the person logged into the back office, with their access token: the
 * API judges their scopes and tenant and records the call in the audit log, exactly as for any other
 * caller, so the back office holds no second copy of who may do what.
 */
@Component
public class StaffApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OAuth2AuthorizedClientManager clients;

	private final PlazaUrls urls;

	private final RestClient http = RestClient.create();

	StaffApi(OAuth2AuthorizedClientManager clients, PlazaUrls urls) {
		this.clients = clients;
		this.urls = urls;
	}

	/** The person logged in, read from their access token. */
	public Staff staff() {
		OAuth2AuthorizedClient client = client();
		String name = SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof OidcUser person
				&& person.getFullName() != null ? person.getFullName()
						: Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication().getName()).orElse("");
		return new Staff(name, tenantOf(client.getAccessToken().getTokenValue()), client.getAccessToken().getScopes());
	}

	/** A JSON read: the answer as maps and lists, ready for a template. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> get(String path, Map<String, ?> query) {
		return (Map<String, Object>) read(path, query);
	}

	/** A read of something that may not exist (404): empty then. */
	public Optional<Map<String, Object>> find(String path) {
		try {
			return Optional.of(get(path));
		}
		catch (ApiRefused refused) {
			if (refused.status() == 404) {
				return Optional.empty();
			}
			throw refused;
		}
	}

	/** A JSON read of an API that answers an array. */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> list(String path) {
		return (List<Map<String, Object>>) read(path, Map.of());
	}

	private Object read(String path, Map<String, ?> query) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(urls.api() + path);
		query.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				uri.queryParam(name, value);
			}
		});
		return call(HttpMethod.GET, uri.build().encode().toUri(), null);
	}

	public Map<String, Object> get(String path) {
		return get(path, Map.of());
	}

	/** A binary read, such as a ticket's QR image, answered as the API sent it. */
	public byte[] bytes(String path) {
		return http.get()
			.uri(URI.create(urls.api() + path))
			.headers(headers -> headers.setBearerAuth(client().getAccessToken().getTokenValue()))
			.exchange((sent, response) -> {
				byte[] body = response.getBody().readAllBytes();
				int status = response.getStatusCode().value();
				if (status >= 400) {
					throw new ApiRefused(status, detailOf(new String(body, java.nio.charset.StandardCharsets.UTF_8), status));
				}
				return body;
			});
	}

	/** A write with a JSON body (or none); answers the API's JSON answer, empty when it has none. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> send(HttpMethod method, String path, Object body) {
		return (Map<String, Object>) call(method, URI.create(urls.api() + path), body);
	}

	/**
	 * A write whose body is a file the person uploaded, streamed to the API as it arrives (never held
	 * whole in memory); answers the API's JSON answer.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> upload(String path, MediaType type, java.io.InputStream file) {
		return (Map<String, Object>) http.post()
			.uri(URI.create(urls.api() + path))
			.headers(headers -> headers.setBearerAuth(client().getAccessToken().getTokenValue()))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.contentType(type)
			.body(out -> file.transferTo(out))
			.exchange((sent, response) -> {
				String text = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				int status = response.getStatusCode().value();
				if (status >= 400) {
					throw new ApiRefused(status, detailOf(text, status));
				}
				return text.isBlank() ? Map.of() : JSON.readValue(text, Object.class);
			});
	}

	/** The organization of the tenant the person logged into. */
	@SuppressWarnings("unchecked")
	public String organization() {
		return ((Map<String, Object>) get("/api/v1/tenant").get("organization")).get("id").toString();
	}

	private Object call(HttpMethod method, URI uri, Object body) {
		RestClient.RequestBodySpec request = http.method(method)
			.uri(uri)
			.headers(headers -> headers.setBearerAuth(client().getAccessToken().getTokenValue()))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (body != null) {
			MediaType type = method == HttpMethod.PATCH ? MediaType.valueOf("application/merge-patch+json")
					: MediaType.APPLICATION_JSON;
			request.contentType(type).body(JSON.writeValueAsString(body));
		}
		return request.exchange((sent, response) -> {
			String text = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			int status = response.getStatusCode().value();
			if (status >= 400) {
				throw new ApiRefused(status, detailOf(text, status));
			}
			return text.isBlank() ? Map.of() : JSON.readValue(text, Object.class);
		});
	}

	private static String detailOf(String problem, int status) {
		try {
			Object detail = JSON.readValue(problem, Map.class).get("detail");
			return detail == null ? "Plaza answered " + status : detail.toString();
		}
		catch (RuntimeException ex) {
			return "Plaza answered " + status;
		}
	}

	private OAuth2AuthorizedClient client() {
		Authentication person = SecurityContextHolder.getContext().getAuthentication();
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = current.getRequest();
		HttpServletResponse response = current.getResponse();
		OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(PlazaLogin.REGISTRATION)
			.principal(person)
			.attribute(HttpServletRequest.class.getName(), request)
			.attribute(HttpServletResponse.class.getName(), response)
			.build());
		if (client == null) {
			throw new ApiRefused(401, "Your session has ended: log in again.");
		}
		return client;
	}

	private static String tenantOf(String accessToken) {
		try {
			Object tenant = JWTParser.parse(accessToken).getJWTClaimsSet().getClaim("tenant");
			return tenant == null ? "" : tenant.toString();
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Plaza issued an access token that is not a JWT", ex);
		}
	}
}
