package dev.plaza.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values a schema allows, generated from a seeded random source: every required property, some optional
 * ones, enums, formats ({@code uuid}, {@code date-time}, {@code date}, {@code email}, {@code uri}), bounds,
 * patterns and arrays. Ids of objects the caller created are preferred for {@code …Id} fields so requests
 * get past "not found".
 */
final class ValidValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -éñü";

	private static final List<String> PATTERN_ALPHABETS = List.of("abcdefghijklmnopqrstuvwxyz0123456789",
			"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", "abcdefghijklmnopqrstuvwxyz-", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

	private static final int MAX_DEPTH = 6;

	private final ApiDocument document;

	private final RandomGenerator random;

	private final KnownIds ids;

	ValidValues(ApiDocument document, RandomGenerator random, KnownIds ids) {
		this.document = document;
		this.random = random;
		this.ids = ids;
	}

	JsonNode of(Schema<?> schema, String field) {
		return of(schema, field, 0);
	}

	/** A parameter's value as its text in a URL. */
	String text(Schema<?> schema, String name) {
		JsonNode value = of(schema == null ? new Schema<>() : schema, name);
		return value.isString() ? value.asString() : value.toString();
	}

	private JsonNode of(Schema<?> declared, String field, int depth) {
		Schema<?> schema = document.resolve(declared);
		if (schema == null) {
			return NODES.stringNode(word(1, 8));
		}
		schema = Schemas.merged(schema, document);
		List<Schema> options = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
		if (options != null && !options.isEmpty()) {
			return of(options.get(random.nextInt(options.size())), field, depth);
		}
		if (schema.getConst() != null) {
			return JSON.valueToTree(schema.getConst());
		}
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return JSON.valueToTree(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
		}
		String type = Schemas.type(schema);
		if (type == null) {
			type = Schemas.types(schema).isEmpty() ? "string" : Schemas.types(schema).iterator().next();
		}
		return switch (type) {
			case "object" -> object(schema, depth);
			case "array" -> array(schema, field, depth);
			case "integer" -> NODES.numberNode(integer(schema, field));
			case "number" -> NODES.numberNode(number(schema));
			case "boolean" -> NODES.booleanNode(random.nextBoolean());
			default -> NODES.stringNode(string(schema, field));
		};
	}

	private ObjectNode object(Schema<?> schema, int depth) {
		ObjectNode object = NODES.objectNode();
		Map<String, Schema> properties = schema.getProperties();
		if (properties != null) {
			List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
			properties.forEach((name, property) -> {
				boolean wanted = required.contains(name) || (depth < MAX_DEPTH && random.nextInt(3) > 0);
				if (wanted && !Boolean.TRUE.equals(document.resolve(property).getReadOnly())) {
					object.set(name, of(property, name, depth + 1));
				}
			});
		}
		else if (Schemas.isMap(schema) && depth < MAX_DEPTH) {
			Schema<?> values = schema.getAdditionalProperties() instanceof Schema<?> s ? s : new Schema<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				object.set(word(3, 8).replace(' ', '_'), of(values, null, depth + 1));
			}
		}
		return object;
	}

	private ArrayNode array(Schema<?> schema, String field, int depth) {
		ArrayNode array = NODES.arrayNode();
		int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
		int max = Math.max(min, Math.min(schema.getMaxItems() == null ? 3 : schema.getMaxItems(), min + 3));
		int size = depth >= MAX_DEPTH ? min : min + random.nextInt(max - min + 1);
		Schema<?> items = schema.getItems() == null ? new Schema<>() : schema.getItems();
		for (int i = 0; i < size; i++) {
			array.add(of(items, field, depth + 1));
		}
		return array;
	}

	private long integer(Schema<?> schema, String field) {
		long min = bound(schema.getMinimum(), schema.getExclusiveMinimumValue(), 1, 0);
		long defaultSpan = field != null && field.toLowerCase().contains("quantity") ? 3 : 1000;
		long max = bound(schema.getMaximum(), schema.getExclusiveMaximumValue(), -1, Math.max(min, 0) + defaultSpan);
		if (max < min) {
			return min;
		}
		return min + random.nextLong(Math.min(max - min, Long.MAX_VALUE - 1) + 1);
	}

	private static long bound(BigDecimal inclusive, BigDecimal exclusive, int step, long otherwise) {
		if (inclusive != null) {
			return inclusive.longValue();
		}
		return exclusive == null ? otherwise : exclusive.longValue() + step;
	}

	private BigDecimal number(Schema<?> schema) {
		return BigDecimal.valueOf(integer(schema, null)).add(BigDecimal.valueOf(random.nextInt(100), 2))
			.min(schema.getMaximum() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : schema.getMaximum());
	}

	private String string(Schema<?> schema, String field) {
		String format = schema.getFormat() == null ? "" : schema.getFormat();
		String name = field == null ? "" : field.toLowerCase();
		switch (format) {
			case "uuid" -> {
				String known = random.nextInt(4) > 0 ? ids.forField(field, random) : null;
				return known != null ? known : uuid().toString();
			}
			case "date-time" -> {
				return ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
					.plusDays(1 + random.nextInt(60)).plusMinutes(15L * random.nextInt(96)).toInstant().toString();
			}
			case "date" -> {
				return LocalDate.now(ZoneOffset.UTC).plusDays(random.nextInt(60)).toString();
			}
			case "email" -> {
				return "fuzz-" + Math.abs(random.nextInt()) + "@example.com";
			}
			case "uri", "url" -> {
				// Loopback port 9 refuses at once: a webhook that is created never waits on the network.
				return "http://127.0.0.1:9/fuzz/" + Math.abs(random.nextInt());
			}
			default -> {
			}
		}
		if (name.contains("currency")) {
			return List.of("EUR", "USD", "MXN").get(random.nextInt(3));
		}
		if (name.equals("country")) {
			return List.of("ES", "MX", "DE").get(random.nextInt(3));
		}
		if (name.contains("timezone")) {
			return List.of("Europe/Madrid", "America/Mexico_City", "UTC").get(random.nextInt(3));
		}
		int min = schema.getMinLength() == null ? 1 : schema.getMinLength();
		int max = Math.max(min, Math.min(schema.getMaxLength() == null ? 12 : schema.getMaxLength(), min + 12));
		if (schema.getPattern() != null) {
			return matching(Pattern.compile(schema.getPattern()), min, max, schema);
		}
		return word(min, max);
	}

	private String matching(Pattern pattern, int min, int max, Schema<?> schema) {
		for (int attempt = 0; attempt < 200; attempt++) {
			String alphabet = PATTERN_ALPHABETS.get(attempt % PATTERN_ALPHABETS.size());
			String candidate = from(alphabet, min + random.nextInt(max - min + 1));
			if (pattern.matcher(candidate).find()) {
				return candidate;
			}
		}
		return schema.getExample() instanceof String example ? example : word(min, max);
	}

	private String word(int min, int max) {
		// Blanks at either end make a value that trims to another: strip them, then pad to the minimum.
		String word = from(LETTERS, min + random.nextInt(max - min + 1)).strip();
		return word + "x".repeat(Math.max(0, min - word.length()));
	}

	private String from(String alphabet, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	private UUID uuid() {
		return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
				(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
	}
}
