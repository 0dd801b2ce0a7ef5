package dev.plaza.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.venues.ShowtimeId;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

	static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");

	static SearchParameters only(String name, String value) {
		return new SearchParameters(name.equals("q") ? value : null, name.equals("city") ? value : null,
				name.equals("cinema") ? value : null, name.equals("roomType") ? value : null,
				name.equals("date") ? value : null, name.equals("movie") ? value : null,
				name.equals("language") ? value : null, name.equals("limit") ? value : null,
				name.equals("cursor") ? value : null);
	}

	@Test
	void withoutADateOnlyShowtimesNotYetStartedAreSearched() {
		ShowtimeQuery query = only("q", null).toQuery(NOW);

		assertThat(query.startsAfter()).contains(NOW);
		assertThat(query.limit()).isEqualTo(20);
		assertThat(query.text()).isEmpty();
		assertThat(query.filters()).isEmpty();
	}

	@Test
	void aDateSearchesTheWholeDayIncludingStartedShowtimes() {
		ShowtimeQuery query = only("date", "2030-01-01").toQuery(NOW);

		assertThat(query.startsAfter()).isEmpty();
		assertThat(query.filters()).isEqualTo(Map.of(Facet.DATE, "2030-01-01"));
	}

	@Test
	void filtersKeepTheirExactValuesAndRoomTypesTheirCode() {
		assertThat(only("city", "ciudad-de-mexico").toQuery(NOW).filters()).containsEntry(Facet.CITY, "ciudad-de-mexico");
		assertThat(only("cinema", "MEX_01").toQuery(NOW).filters()).containsEntry(Facet.CINEMA, "MEX_01");
		assertThat(only("roomType", "imax").toQuery(NOW).filters()).containsEntry(Facet.ROOM_TYPE, "IMAX");
		assertThat(only("language", "pt-BR").toQuery(NOW).filters()).containsEntry(Facet.LANGUAGE, "pt-BR");
	}

	@Test
	void blankParametersAreNoFilter() {
		assertThat(only("city", " ").toQuery(NOW).filters()).isEmpty();
		assertThat(only("q", "  ").toQuery(NOW).text()).isEmpty();
		assertThat(only("limit", "").toQuery(NOW).limit()).isEqualTo(20);
	}

	@Test
	void textIsTrimmedAndLimited() {
		assertThat(only("q", "  interstellar  ").toQuery(NOW).text()).contains("interstellar");
		assertThat(only("q", "a".repeat(200)).toQuery(NOW).text()).isPresent();
		assertRefused(only("q", "a".repeat(201)), "q");
		assertRefused(only("q", "w ".repeat(11)), "q");
	}

	@Test
	void limitIsOneToAHundred() {
		assertThat(only("limit", "1").toQuery(NOW).limit()).isEqualTo(1);
		assertThat(only("limit", "100").toQuery(NOW).limit()).isEqualTo(100);
		assertRefused(only("limit", "0"), "limit");
		assertRefused(only("limit", "101"), "limit");
		assertRefused(only("limit", "99999999999"), "limit");
		assertRefused(only("limit", "1.5"), "limit");
	}

	@Test
	void badValuesAreRefusedNamingTheParameter() {
		assertRefused(only("date", "2026-13-40"), "date");
		assertRefused(only("roomType", "5D"), "roomType");
		assertRefused(only("city", "Madrid"), "city");
		assertRefused(only("movie", "inter stellar"), "movie");
		assertRefused(only("cinema", "x".repeat(41)), "cinema");
		assertRefused(only("language", "español"), "language");
		assertRefused(only("cursor", "!!"), "cursor");
	}

	@Test
	void aCursorComesBackAsItWasGiven() {
		SearchCursor cursor = new SearchCursor(Instant.parse("2030-01-02T18:00:00Z"),
				new ShowtimeId(UUID.fromString("0190a5f2-7c3e-7000-8000-000000000001")));

		assertThat(only("cursor", cursor.encode()).toQuery(NOW).after()).contains(cursor);
		assertThat(SearchCursor.decode("MTox")).as("a cursor of another version or shape").isEqualTo(Optional.empty());
	}

	static void assertRefused(SearchParameters parameters, String parameter) {
		assertThatThrownBy(() -> parameters.toQuery(NOW)).isInstanceOfSatisfying(Problem.class, problem -> {
			assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
			assertThat(problem.properties()).containsEntry("parameter", parameter);
			assertThat(problem.getMessage()).startsWith("Parameter '" + parameter + "' ").endsWith(".");
		});
	}
}
