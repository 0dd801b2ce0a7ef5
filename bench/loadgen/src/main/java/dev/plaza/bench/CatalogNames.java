package dev.plaza.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The names in a generated catalog that customers would type or click: city slugs, cinema codes
 * (with their city), movie titles, cast members, languages and the days showtimes are on. Read from
 * the file bench/cinema.sh writes, one {@code kind<TAB>value[<TAB>city]} line each, in a fixed order
 * so that a seed always picks the same names.
 */
public record CatalogNames(List<String> cities, List<Cinema> cinemas, List<String> titles, List<String> cast,
		List<String> languages, List<String> days) {

	record Cinema(String code, String city) {
	}

	public static CatalogNames read(Path file) {
		List<String> cities = new ArrayList<>();
		List<Cinema> cinemas = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<String> cast = new ArrayList<>();
		List<String> languages = new ArrayList<>();
		List<String> days = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file)) {
				String[] fields = line.split("\t");
				switch (fields[0]) {
					case "city" -> cities.add(fields[1]);
					case "cinema" -> cinemas.add(new Cinema(fields[1], fields[2]));
					case "title" -> titles.add(fields[1]);
					case "cast" -> cast.add(fields[1]);
					case "language" -> languages.add(fields[1]);
					case "day" -> days.add(fields[1]);
					default -> throw new IllegalArgumentException("unknown kind in " + file + ": " + line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (cities.isEmpty() || cinemas.isEmpty() || titles.isEmpty() || cast.isEmpty() || languages.isEmpty()
				|| days.isEmpty()) {
			throw new IllegalArgumentException(file + " lacks a kind of name: each of city, cinema, title, cast, "
					+ "language and day needs at least one line");
		}
		return new CatalogNames(List.copyOf(cities), List.copyOf(cinemas), List.copyOf(titles), List.copyOf(cast),
				List.copyOf(languages), List.copyOf(days));
	}
}
