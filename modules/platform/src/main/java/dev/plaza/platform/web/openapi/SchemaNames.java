package dev.plaza.platform.web.openapi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Names Plaza's records in the API description so that no two share one: a record nested in a
 * controller or a type is named after both ({@code CartController.CreateRequest} becomes
 * {@code CartCreateRequest}). Two types that would still share a name fail the description's
 * generation, which the test of the description notices, instead of one silently replacing the
 * other as before.
 */
class SchemaNames extends TypeNameResolver {

	private static final String PLAZA = "dev.plaza.";

	private final Map<String, Class<?>> named = new ConcurrentHashMap<>();

	@Override
	protected String getNameOfClass(Class<?> type) {
		if (!type.getName().startsWith(PLAZA) || type.getEnclosingClass() == null) {
			return claim(super.getNameOfClass(type), type);
		}
		String outer = outerName(type.getEnclosingClass());
		String inner = type.getSimpleName();
		return claim(inner.startsWith(outer) ? inner : outer + inner, type);
	}

	private static String outerName(Class<?> outer) {
		String name = outer.getEnclosingClass() == null ? outer.getSimpleName()
				: outerName(outer.getEnclosingClass()) + outer.getSimpleName();
		for (String role : new String[] { "Controller", "Endpoint" }) {
			if (name.endsWith(role) && name.length() > role.length()) {
				return name.substring(0, name.length() - role.length());
			}
		}
		return name;
	}

	private String claim(String name, Class<?> type) {
		Class<?> holder = named.putIfAbsent(name, type);
		if (holder != null && !holder.equals(type) && type.getName().startsWith(PLAZA)) {
			throw new IllegalStateException("Two types would be described as schema " + name + ": " + holder.getName()
					+ " and " + type.getName() + "; give one a distinct name with @Schema(name = ...)");
		}
		return name;
	}
}
