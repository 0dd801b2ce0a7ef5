package dev.plaza.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the fuzz test's full report under {@code target/}, kept whether the test passes or fails. */
final class Reports {

	private Reports() {
	}

	static void write(String name, String text) {
		try {
			Path file = Path.of("target", "fuzz", name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
