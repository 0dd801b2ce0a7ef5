package dev.plaza.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details where no controller is involved, such as in servlet filters and
 * security entry points, in the same shape the controllers answer with.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, ProblemType type, String detail, String instance)
			throws IOException {
		write(response, type, detail, instance, Map.of());
	}

	/** The same, with extra members such as the offending {@code parameter}. */
	public void write(HttpServletResponse response, ProblemType type, String detail, String instance,
			Map<String, Object> properties) throws IOException {
		response.setStatus(type.status());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(body(type, detail, instance, properties)));
	}

	/** The problem document itself, for writers that hold no servlet response of their own. */
	public String render(ProblemType type, String detail, String instance) {
		return json.writeValueAsString(body(type, detail, instance, Map.of()));
	}

	private static Map<String, Object> body(ProblemType type, String detail, String instance,
			Map<String, Object> properties) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.uri().toString());
		body.put("title", type.title());
		body.put("status", type.status());
		body.put("detail", detail);
		body.put("instance", instance);
		body.putAll(properties);
		return body;
	}
}
