package dev.plaza.gateway;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes the gateway's own answers as {@code application/problem+json}, in the shape Plaza answers with. */
@Component
public class Problems {

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	/** From servlet filters and security entry points, where no handler is involved. */
	public void write(HttpServletResponse response, EdgeProblem problem, String detail, String instance)
			throws IOException {
		response.setStatus(problem.status());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(body(problem, detail, instance)));
	}

	/** 429 and 503: with {@code Retry-After} in whole seconds, at least one. */
	public void write(HttpServletResponse response, EdgeProblem problem, String detail, String instance,
			Duration retryAfter) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wholeSeconds(retryAfter)));
		write(response, problem, detail, instance);
	}

	/** From route filters, in place of a service's answer. */
	public ServerResponse response(EdgeProblem problem, String detail, String instance) {
		return ServerResponse.status(HttpStatusCode.valueOf(problem.status()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(json.writeValueAsBytes(body(problem, detail, instance)));
	}

	public static long wholeSeconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	private static Map<String, Object> body(EdgeProblem problem, String detail, String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.type().toString());
		body.put("title", problem.title());
		body.put("status", problem.status());
		body.put("detail", detail);
		body.put("instance", instance);
		return body;
	}
}
