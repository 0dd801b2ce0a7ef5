package dev.plaza.onboarding.application.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.plaza.onboarding.domain.Row;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An NDJSON upload: one JSON object per line, with the same fields as the CSV columns, each a string
 * (or null). Blank lines are skipped.
 */
final class NdjsonRows implements Rows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BufferedReader lines;

	private int line;

	NdjsonRows(InputStream body) {
		this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
	}

	@Override
	public Optional<Row> next() {
		String text = readLine();
		while (text != null && text.isBlank()) {
			text = readLine();
		}
		if (text == null) {
			return Optional.empty();
		}
		JsonNode object;
		try {
			object = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw MalformedUpload.at(line, "this is not a JSON object (" + ex.getOriginalMessage() + ").");
		}
		if (object == null || !object.isObject()) {
			throw MalformedUpload.at(line, "each line is one JSON object with the fields " + Columns.LIST + ".");
		}
		Map<String, String> values = new HashMap<>();
		for (Map.Entry<String, JsonNode> field : object.properties()) {
			if (!Columns.ALL.contains(field.getKey())) {
				throw MalformedUpload.at(line, "unknown field '" + field.getKey() + "'. The fields are " + Columns.LIST + ".");
			}
			if (!field.getValue().isString() && !field.getValue().isNull()) {
				throw MalformedUpload.at(line, "field '" + field.getKey() + "' must be a string.");
			}
			values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().stringValue());
		}
		return Optional.of(new Row(line, Columns.business(values)));
	}

	private String readLine() {
		try {
			String text = lines.readLine();
			if (text != null) {
				line++;
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
