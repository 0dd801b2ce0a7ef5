package dev.plaza.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

/** Reading a schema the same way for OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) documents. */
final class Schemas {

	private Schemas() {
	}

	/** The JSON types the schema allows, {@code null} excluded; empty when it does not say. */
	static Set<String> types(Schema<?> schema) {
		Set<String> types = new LinkedHashSet<>();
		if (schema.getTypes() != null) {
			types.addAll(schema.getTypes());
		}
		if (schema.getType() != null) {
			types.add(schema.getType());
		}
		if (types.isEmpty() && schema.getProperties() != null) {
			types.add("object");
		}
		types.remove("null");
		return types;
	}

	/** The one type the schema allows, or {@code null} when it allows several or does not say. */
	static String type(Schema<?> schema) {
		Set<String> types = types(schema);
		return types.size() == 1 ? types.iterator().next() : null;
	}

	static boolean nullable(Schema<?> schema) {
		return Boolean.TRUE.equals(schema.getNullable()) || (schema.getTypes() != null && schema.getTypes().contains("null"));
	}

	/** {@code allOf} parts merged into one object schema; any other schema as it is. */
	static Schema<?> merged(Schema<?> schema, ApiDocument document) {
		if (schema.getAllOf() == null || schema.getAllOf().isEmpty()) {
			return schema;
		}
		Map<String, Schema> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		for (Schema<?> part : schema.getAllOf()) {
			Schema<?> resolved = merged(document.resolve(part), document);
			if (resolved.getProperties() != null) {
				properties.putAll(resolved.getProperties());
			}
			if (resolved.getRequired() != null) {
				required.addAll(resolved.getRequired());
			}
		}
		Schema<Object> object = new Schema<>();
		object.setType("object");
		object.setProperties(properties);
		object.setRequired(required);
		return object;
	}

	/** Whether the object is a map: it names no properties and allows any others. */
	static boolean isMap(Schema<?> schema) {
		Object additional = schema.getAdditionalProperties();
		return (schema.getProperties() == null || schema.getProperties().isEmpty())
				&& (additional instanceof Schema || Boolean.TRUE.equals(additional));
	}
}
