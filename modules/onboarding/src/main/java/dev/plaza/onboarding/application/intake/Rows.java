package dev.plaza.onboarding.application.intake;

import java.io.InputStream;
import java.util.Optional;

import dev.plaza.onboarding.domain.Row;
import org.springframework.http.MediaType;

/**
 * The rows of an upload, read one at a time from the request body as it arrives, so a file of
 * hundreds of megabytes is never held in memory.
 */
public interface Rows {

	MediaType CSV = MediaType.parseMediaType("text/csv");

	MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	/**
	 * The next row, or empty at the end of the file.
	 *
	 * @throws dev.plaza.platform.Problem {@code malformed-upload} naming the line the file breaks on
	 */
	Optional<Row> next();

	/** The rows of a body of that media type, {@link #CSV} or {@link #NDJSON}. */
	static Rows of(MediaType type, InputStream body) {
		return CSV.isCompatibleWith(type) ? new CsvRows(body) : new NdjsonRows(body);
	}
}
