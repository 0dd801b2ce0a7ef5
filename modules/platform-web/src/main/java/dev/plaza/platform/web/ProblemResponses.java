package dev.plaza.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.plaza.platform.ProblemType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details where no controller is involved, such as in servlet filters, security
 * entry points and a gateway's route filters, in the same shape the controllers answer with:
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, then the problem
 * type's own members.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json;

	/** Writes with {@code json}, the app's own mapper, so that the members come out as its controllers write them. */
	public ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, ProblemType type, String detail, String instance)
			throws IOException {
		write(response, type, detail, instance, Map.of());
	}

	/** The same, with members of the problem type's own, such as the offending {@code parameter} or the scopes a 403 lacked. */
	public void write(HttpServletResponse response, ProblemType type, String detail, String instance,
			Map<String, Object> properties) throws IOException {
		response.setStatus(type.status());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(body(type, detail, instance, properties)));
	}

	/** For 429 and 503: the same, telling when to try again in a {@code Retry-After} of {@link #wholeSeconds}. */
	public void write(HttpServletResponse response, ProblemType type, String detail, String instance,
			Duration retryAfter) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wholeSeconds(retryAfter)));
		write(response, type, detail, instance);
	}

	/** The problem as the answer of a functional route, in place of the answer its handler would have given. */
	public ServerResponse response(ProblemType type, String detail, String instance) {
		return ServerResponse.status(HttpStatusCode.valueOf(type.status()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(json.writeValueAsBytes(body(type, detail, instance, Map.of())));
	}

	/** The problem document itself, for writers that hold no servlet response of their own. */
	public String render(ProblemType type, String detail, String instance) {
		return json.writeValueAsString(body(type, detail, instance, Map.of()));
	}

	/** A wait as {@code Retry-After} states it: whole seconds, rounded up, at least one. */
	public static long wholeSeconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	private static Map<String, Object> body(ProblemType type, String detail, String instance,
			Map<String, Object> properties) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.uri().toString());
		body.put("title", type.title());
		body.put("status", type.status());
		body.put("detail", detail);
		// Optional in RFC 9457, and left out as the controllers' answers leave it out: a path Tomcat
		// could not decode has none to give.
		if (instance != null) {
			body.put("instance", instance);
		}
		body.putAll(properties);
		return body;
	}
}
