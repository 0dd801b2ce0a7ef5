package dev.plaza.platform.web.openapi;

import java.util.List;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/** The one schema of every error answer: an RFC 9457 problem, as {@code dev.plaza.platform.Problem} is written. */
final class ProblemSchema {

	private ProblemSchema() {
	}

	static Schema<Object> create() {
		ObjectSchema problem = new ObjectSchema();
		problem.description("An RFC 9457 problem: switch on `type`; `detail` says how to fix the request. "
				+ "Extension members (such as `errors`, naming each invalid field) travel alongside.");
		problem.addProperty("type", new StringSchema().format("uri").description("Stable: https://plaza.dev/problems/<slug>"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema().description("The HTTP status"));
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema().format("uri-reference"));
		problem.setRequired(List.of("type", "title", "status"));
		problem.setAdditionalProperties(true);
		return problem;
	}
}
