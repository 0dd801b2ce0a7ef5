package dev.plaza.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.random.RandomGenerator;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import tools.jackson.databind.JsonNode;

/**
 * A request for one operation, generated from its parameters and body schema.
 *
 * @param invalid what in it breaks the document ({@code null} when the request is valid); a request that
 * breaks it must not be accepted
 */
record GeneratedRequest(String pathAndQuery, JsonNode body, String invalid) {

	/** Makes requests for a tenant: valid ones, and ones broken in exactly one place. */
	static final class Maker {

		private static final List<String> MALFORMED_IDS = List.of("not-an-id", "1.5", "%00", "%20", "00000000-0000",
				"'%20OR%201=1");

		private final RandomGenerator random;

		Maker(RandomGenerator random) {
			this.random = random;
		}

		GeneratedRequest make(Endpoint endpoint, FuzzTenant tenant, boolean broken) {
			ValidValues values = new ValidValues(endpoint.document(), random, tenant.ids());
			String invalid = null;
			JsonNode body = endpoint.body() == null ? null : values.of(endpoint.body(), null);
			boolean breakBody = broken && body != null && (endpoint.queryParameters().isEmpty() || random.nextBoolean());
			if (breakBody) {
				InvalidBodies.Invalid broke = new InvalidBodies(endpoint.document(), random).from(body, endpoint.body());
				if (broke != null) {
					body = broke.body();
					invalid = broke.kind() + " at " + broke.where();
				}
			}
			String[] filled = path(endpoint, tenant, values);
			if (filled[1] != null && invalid == null) {
				invalid = filled[1];
			}
			String brokenQuery = broken && invalid == null && !endpoint.queryParameters().isEmpty()
					? endpoint.queryParameters().get(random.nextInt(endpoint.queryParameters().size())).getName()
					: null;
			StringBuilder query = new StringBuilder();
			for (Parameter parameter : endpoint.queryParameters()) {
				String wrong = appendQuery(query, endpoint.document(), parameter, values, parameter.getName().equals(brokenQuery));
				invalid = wrong == null ? invalid : wrong;
			}
			String path = filled[0] + (query.isEmpty() ? "" : "?" + query.substring(1));
			return new GeneratedRequest(path, body, invalid);
		}

		/**
		 * Appends the parameter (each as {@code &name=value}) when it is required or chosen, broken when asked to;
		 * answers what is broken in it, or {@code null}.
		 */
		private String appendQuery(StringBuilder query, ApiDocument document, Parameter parameter, ValidValues values,
				boolean broken) {
			Schema<?> schema = document.resolve(parameter.getSchema());
			String type = schema == null ? null : Schemas.type(schema);
			if ("object".equals(type) || !(broken || Boolean.TRUE.equals(parameter.getRequired()) || random.nextBoolean())) {
				return null;
			}
			// An array goes as the parameter repeated once per item (OpenAPI's default form style, exploded).
			boolean array = "array".equals(type) && schema.getItems() != null;
			Schema<?> item = array ? document.resolve(schema.getItems()) : schema;
			String invalid = null;
			for (int i = array ? 1 + random.nextInt(2) : 1; i > 0; i--) {
				String value = encode(values.text(item, parameter.getName()));
				if (broken && invalid == null) {
					String[] wrong = wrongQueryValue(item, values.text(item, parameter.getName()));
					value = wrong[1];
					invalid = wrong[0] + " in query parameter " + parameter.getName();
				}
				query.append('&').append(encode(parameter.getName())).append('=').append(value);
			}
			return invalid;
		}

		/** Only the query, and only its required parameters, valid: for requests that must not fail on an option. */
		String requiredQuery(Endpoint endpoint, FuzzTenant tenant) {
			ValidValues values = new ValidValues(endpoint.document(), random, tenant.ids());
			StringBuilder query = new StringBuilder();
			endpoint.queryParameters()
				.stream()
				.filter(parameter -> Boolean.TRUE.equals(parameter.getRequired()))
				.forEach(parameter -> appendQuery(query, endpoint.document(), parameter, values, false));
			return query.isEmpty() ? "" : "?" + query.substring(1);
		}

		/**
		 * The path with each id a known one, a missing one, or a malformed one; and what in it breaks the
		 * document (a NUL), or {@code null}.
		 */
		private String[] path(Endpoint endpoint, FuzzTenant tenant, ValidValues values) {
			String path = endpoint.path();
			String invalid = null;
			for (Parameter parameter : endpoint.pathParameters()) {
				String name = parameter.getName();
				String known = tenant.ownsTenantParameter(name) ? tenant.tenantId()
						: tenant.ids().pick(endpoint.collectionOf(name), random);
				int draw = random.nextInt(10);
				String value;
				if (draw < 6 && known != null) {
					value = encode(known);
				}
				else if (draw < 8) {
					value = encode(values.text(parameter.getSchema(), name));
				}
				else {
					value = MALFORMED_IDS.get(random.nextInt(MALFORMED_IDS.size()));
					if (value.equals("%00")) {
						invalid = "nul-in-string in path parameter " + name;
					}
				}
				path = path.replace("{" + name + "}", value);
			}
			return new String[] { path, invalid };
		}

		/** A value the parameter's schema refuses, already encoded, with what is wrong with it. */
		private String[] wrongQueryValue(Schema<?> schema, String valid) {
			String type = schema == null ? null : Schemas.type(schema);
			int draw = random.nextInt(2);
			if ("integer".equals(type)) {
				return draw == 0 ? new String[] { "fraction-for-integer", "2.5" }
						: new String[] { "beyond-int64", "9223372036854775808" };
			}
			if ("number".equals(type) || "boolean".equals(type)) {
				return new String[] { "wrong-type", "fuzz" };
			}
			if (schema != null && schema.getEnum() != null && draw == 0) {
				return new String[] { "not-in-enum", "not-a-choice" };
			}
			if (schema != null && "uuid".equals(schema.getFormat()) && draw == 0) {
				return new String[] { "not-a-uuid", "not-a-uuid" };
			}
			return new String[] { "nul-in-string", encode(valid) + "%00" };
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
		}
	}
}
