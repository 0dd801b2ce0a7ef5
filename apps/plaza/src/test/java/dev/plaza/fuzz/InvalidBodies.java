package dev.plaza.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies that break their schema in exactly one place, made from a valid one: the kinds of input Plaza once
 * accepted or answered with a 500 (issue 13). None of them may be accepted.
 */
final class InvalidBodies {

	/** What was broken, where, and the body that results. */
	record Invalid(String kind, String where, JsonNode body) {
	}

	enum Kind {
		WRONG_TYPE, FRACTION_FOR_INTEGER, STRING_FOR_NUMBER, BEYOND_INT64, NUL_IN_STRING, MISSING_REQUIRED,
		UNKNOWN_FIELD, NULL_BODY
	}

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final BigInteger BEYOND_INT64 = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);

	private final ApiDocument document;

	private final RandomGenerator random;

	InvalidBodies(ApiDocument document, RandomGenerator random) {
		this.document = document;
		this.random = random;
	}

	/** A place in a body: its schema, its current value, and how to replace it. */
	private record Slot(String where, Schema<?> schema, JsonNode value, Consumer<JsonNode> replace) {
	}

	/** The valid body broken in one way the schema gives room for; {@code null} when it gives none. */
	Invalid from(JsonNode valid, Schema<?> schema) {
		JsonNode[] root = { valid.deepCopy() };
		List<Slot> slots = new ArrayList<>();
		collect(new Slot("body", document.resolve(schema), root[0], value -> root[0] = value), slots);
		List<Kind> kinds = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			if (slots.stream().anyMatch(slot -> applies(kind, slot))) {
				kinds.add(kind);
			}
		}
		if (kinds.isEmpty()) {
			return null;
		}
		Kind kind = kinds.get(random.nextInt(kinds.size()));
		List<Slot> fitting = slots.stream().filter(slot -> applies(kind, slot)).toList();
		Slot slot = fitting.get(random.nextInt(fitting.size()));
		String where = breakIn(kind, slot);
		return new Invalid(kind.name().toLowerCase().replace('_', '-'), where, root[0]);
	}

	private void collect(Slot slot, List<Slot> slots) {
		Schema<?> schema = slot.schema() == null ? null : Schemas.merged(document.resolve(slot.schema()), document);
		if (schema == null || schema.getOneOf() != null || schema.getAnyOf() != null) {
			return;
		}
		Slot resolved = new Slot(slot.where(), schema, slot.value(), slot.replace());
		slots.add(resolved);
		if (slot.value() instanceof ObjectNode object && schema.getProperties() != null) {
			Map<String, Schema> properties = schema.getProperties();
			properties.forEach((name, property) -> {
				if (object.has(name)) {
					collect(new Slot(slot.where() + "." + name, property, object.get(name),
							value -> object.set(name, value)), slots);
				}
			});
		}
		if (slot.value() instanceof ArrayNode array && schema.getItems() != null) {
			for (int i = 0; i < array.size(); i++) {
				int index = i;
				collect(new Slot(slot.where() + "[" + i + "]", schema.getItems(), array.get(i),
						value -> array.set(index, value)), slots);
			}
		}
	}

	private static boolean applies(Kind kind, Slot slot) {
		Schema<?> schema = slot.schema();
		String type = Schemas.type(schema);
		boolean numeric = "integer".equals(type) || "number".equals(type);
		return switch (kind) {
			case WRONG_TYPE -> type != null && schema.getEnum() == null;
			case FRACTION_FOR_INTEGER, BEYOND_INT64 -> "integer".equals(type);
			case STRING_FOR_NUMBER -> numeric;
			case NUL_IN_STRING -> "string".equals(type) && slot.value().isString();
			case MISSING_REQUIRED -> slot.value() instanceof ObjectNode object && schema.getRequired() != null
					&& schema.getRequired().stream().anyMatch(object::has);
			case UNKNOWN_FIELD -> slot.value() instanceof ObjectNode && "object".equals(type) && !Schemas.isMap(schema);
			case NULL_BODY -> slot.where().equals("body") && !Schemas.nullable(schema);
		};
	}

	private String breakIn(Kind kind, Slot slot) {
		Schema<?> schema = slot.schema();
		switch (kind) {
			case WRONG_TYPE -> slot.replace().accept(otherType(Schemas.types(schema)));
			case FRACTION_FOR_INTEGER -> slot.replace().accept(NODES.numberNode(new BigDecimal("2.5")));
			case STRING_FOR_NUMBER -> slot.replace().accept(NODES.stringNode("12"));
			case BEYOND_INT64 -> slot.replace().accept(NODES.numberNode(random.nextBoolean() ? BEYOND_INT64
					: BEYOND_INT64.negate().subtract(BigInteger.ONE)));
			case NUL_IN_STRING -> {
				String text = slot.value().asString();
				int at = random.nextInt(text.length() + 1);
				slot.replace().accept(NODES.stringNode(text.substring(0, at) + '\u0000' + text.substring(at)));
			}
			case MISSING_REQUIRED -> {
				ObjectNode object = (ObjectNode) slot.value();
				List<String> present = schema.getRequired().stream().filter(object::has).toList();
				String removed = present.get(random.nextInt(present.size()));
				object.remove(removed);
				return slot.where() + "." + removed;
			}
			case UNKNOWN_FIELD -> {
				((ObjectNode) slot.value()).put("fuzzUnknownField", "x");
				return slot.where() + ".fuzzUnknownField";
			}
			case NULL_BODY -> slot.replace().accept(NODES.nullNode());
		}
		return slot.where();
	}

	/** A value of a JSON type the schema does not allow: a boolean or number where a string goes, and so on. */
	private JsonNode otherType(Set<String> allowed) {
		List<JsonNode> others = new ArrayList<>();
		if (!allowed.contains("string")) {
			others.add(NODES.stringNode("fuzz"));
		}
		if (!allowed.contains("integer") && !allowed.contains("number")) {
			others.add(NODES.numberNode(17));
		}
		if (!allowed.contains("boolean")) {
			others.add(NODES.booleanNode(true));
		}
		if (!allowed.contains("object")) {
			others.add(NODES.objectNode().put("fuzz", 1));
		}
		if (!allowed.contains("array")) {
			others.add(NODES.arrayNode().add(1));
		}
		return others.get(random.nextInt(others.size()));
	}
}
