package dev.plaza.rules.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.plaza.platform.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * One of the module's published JSON Schemas, kept as a resource beside the module's API and checked
 * against what callers send: each violation becomes a field error named by its JSON pointer.
 */
public final class DocumentSchema {

	/** What a country's configuration document must look like. */
	public static final DocumentSchema COUNTRY = new DocumentSchema("country-configuration.schema.json");

	/** What a tenant's overrides may hold. */
	public static final DocumentSchema TENANT_OVERRIDES = new DocumentSchema("tenant-overrides.schema.json");

	private final String text;

	private final Schema schema;

	private DocumentSchema(String resource) {
		try (InputStream in = CountryDocument.class.getResourceAsStream("/dev/plaza/rules/" + resource)) {
			this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the schema " + resource, ex);
		}
		this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text,
				com.networknt.schema.InputFormat.JSON);
	}

	/** The schema as published. */
	public String text() {
		return text;
	}

	/**
	 * Each violation of the schema, its field the JSON pointer of the offending value (or of the missing or
	 * unknown property) under {@code prefix}, such as {@code /document/vat/standard}.
	 */
	public List<FieldError> violations(JsonNode document, String prefix) {
		return schema.validate(document).stream().map(error -> fieldError(error, prefix)).distinct().toList();
	}

	private static FieldError fieldError(Error error, String prefix) {
		StringBuilder pointer = new StringBuilder(prefix);
		NodePath at = error.getInstanceLocation();
		for (int i = 0; i < at.getNameCount(); i++) {
			pointer.append('/').append(escape(String.valueOf(at.getElement(i))));
		}
		if (error.getProperty() != null && ("required".equals(error.getKeyword())
				|| "additionalProperties".equals(error.getKeyword()))) {
			pointer.append('/').append(escape(error.getProperty()));
		}
		return new FieldError(pointer.isEmpty() ? "/" : pointer.toString(), reason(error));
	}

	private static String reason(Error error) {
		return switch (error.getKeyword()) {
			case "required" -> "must be given";
			case "additionalProperties" -> "is not a field of the schema (GET /api/v1/config/schema lists the fields)";
			default -> error.getMessage().replaceFirst("^\\S*: ", "");
		};
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}
}
