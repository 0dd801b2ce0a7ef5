package dev.plaza.rules.cel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.StructType;

/**
 * A structured input with declared fields, such as {@code plaza.Applicant}. Rules select its fields by
 * name, and the compiler refuses a field it does not declare.
 *
 * @param name the CEL type name
 * @param fields each field's type, in the order callers read them
 */
public record InputType(String name, Map<String, FieldType> fields) {

	public InputType {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	public Optional<FieldType> field(String field) {
		return Optional.ofNullable(fields.get(field));
	}

	/** The CEL struct type the checker resolves field selections against. */
	public StructType celType() {
		Map<String, CelType> types = new LinkedHashMap<>();
		fields.forEach((field, type) -> types.put(field, type.celType()));
		Map<String, CelType> resolved = Map.copyOf(types);
		return StructType.create(name, ImmutableSet.copyOf(fields.keySet()),
				field -> Optional.ofNullable(resolved.get(field)));
	}
}
