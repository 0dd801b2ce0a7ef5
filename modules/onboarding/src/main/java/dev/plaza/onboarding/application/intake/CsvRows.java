package dev.plaza.onboarding.application.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.plaza.onboarding.domain.Row;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV upload (RFC 4180: a header row, fields separated by commas, quoted with double quotes when they
 * hold commas, quotes or line breaks). The header names the columns in any order; each row must have as
 * many fields as the header.
 */
final class CsvRows implements Rows {

	private static final CsvMapper CSV = CsvMapper.builder()
		.enable(CsvReadFeature.SKIP_EMPTY_LINES)
		.build();

	private final JsonParser parser;

	private List<String> header;

	/** Where the last complete row (or the header) starts: a broken row comes after it. */
	private int lastRowLine;

	CsvRows(InputStream body) {
		this.parser = CSV.createParser(body);
	}

	@Override
	public Optional<Row> next() {
		try {
			if (header == null) {
				header = header();
			}
			Optional<Record> record = record();
			if (record.isEmpty()) {
				return Optional.empty();
			}
			List<String> fields = record.get().fields();
			if (fields.size() != header.size()) {
				throw MalformedUpload.at(record.get().line(), "the row has " + fields.size() + " fields where the header names "
						+ header.size() + ". Quote fields that hold commas.");
			}
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < fields.size(); i++) {
				values.put(header.get(i), fields.get(i));
			}
			return Optional.of(new Row(record.get().line(), Columns.business(values)));
		}
		catch (JacksonException ex) {
			if (ex.getCause() instanceof IOException reading) {
				throw new UncheckedIOException(reading);
			}
			long line = ex.getLocation() == null ? parser.currentLocation().getLineNr() : ex.getLocation().getLineNr();
			throw MalformedUpload.at(line, "this is not valid CSV (" + ex.getOriginalMessage() + ") in the row after line "
					+ lastRowLine + ". Close each quoted field with a double quote and double the quotes inside it.");
		}
	}

	private List<String> header() {
		Record first = record().orElseThrow(() -> MalformedUpload.at(1, "the file is empty. The first line is the header: "
				+ Columns.LIST + "."));
		List<String> names = first.fields().stream().map(String::strip).toList();
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			if (!Columns.ALL.contains(name)) {
				throw MalformedUpload.at(1, "the header names an unknown column '" + name + "'. The columns are "
						+ Columns.LIST + ".");
			}
			if (!seen.add(name)) {
				throw MalformedUpload.at(1, "the header names the column '" + name + "' twice.");
			}
		}
		List<String> missing = Columns.REQUIRED.stream().filter(name -> !seen.contains(name)).toList();
		if (!missing.isEmpty()) {
			throw MalformedUpload.at(1, "the header lacks the columns " + String.join(", ", missing) + ". The columns are "
					+ Columns.LIST + ".");
		}
		return names;
	}

	/** The next record's fields and the line it starts on; empty at the end of the file. */
	private Optional<Record> record() {
		JsonToken token = parser.nextToken();
		if (token == null) {
			return Optional.empty();
		}
		// The row's first field tells its line: the row's start token still points at the line before.
		long line = -1;
		List<String> fields = new ArrayList<>();
		for (token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
			if (line < 0) {
				line = parser.currentTokenLocation().getLineNr();
			}
			fields.add(parser.getString());
		}
		lastRowLine = (int) line;
		return Optional.of(new Record((int) line, fields));
	}

	private record Record(int line, List<String> fields) {
	}
}
