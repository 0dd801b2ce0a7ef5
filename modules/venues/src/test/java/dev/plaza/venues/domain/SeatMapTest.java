package dev.plaza.venues.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.plaza.platform.FieldError;
import dev.plaza.venues.Seat;
import dev.plaza.venues.SeatKind;
import dev.plaza.venues.domain.SeatMap.Row;
import dev.plaza.venues.domain.SeatMap.SeatSpec;
import org.junit.jupiter.api.Test;

class SeatMapTest {

	static Row row(String label, String... seats) {
		List<SeatSpec> specs = new ArrayList<>();
		for (String seat : seats) {
			String[] labelAndKind = seat.split(":");
			specs.add(new SeatSpec(labelAndKind[0], labelAndKind.length > 1 ? labelAndKind[1] : "standard"));
		}
		return new Row(label, specs);
	}

	@Test
	void aValidMapListsItsSeatsInOrderWithBlockedOnesMarked() {
		SeatMap map = new SeatMap(List.of(row("A", "A1", "A2:wheelchair", "A3"), row("B", "B1:couple")), List.of("A3"));

		assertThat(map.violations("seatMap")).isEmpty();
		assertThat(map.seats()).containsExactly(new Seat("A1", "A", SeatKind.STANDARD, false),
				new Seat("A2", "A", SeatKind.WHEELCHAIR, false), new Seat("A3", "A", SeatKind.STANDARD, true),
				new Seat("B1", "B", SeatKind.COUPLE, false));
	}

	@Test
	void onlyKindsOfSeatsForSaleNeedAPrice() {
		SeatMap map = new SeatMap(List.of(row("A", "A1", "A2:wheelchair")), List.of("A2"));

		assertThat(map.kinds()).containsExactly(SeatKind.STANDARD);
	}

	@Test
	void anEmptyMapIsRefused() {
		assertThat(new SeatMap(List.of(), List.of()).violations("seatMap")).extracting(FieldError::field)
			.containsExactly("seatMap.rows");
		assertThat(new SeatMap(List.of(row("A")), null).violations("seatMap")).extracting(FieldError::field)
			.containsExactly("seatMap.rows[0].seats");
	}

	@Test
	void seatLabelsMustBeUniqueAcrossTheRoom() {
		SeatMap map = new SeatMap(List.of(row("A", "A1", "A2"), row("B", "A1")), List.of());

		assertThat(map.violations("seatMap")).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("seatMap.rows[1].seats[0].label");
			assertThat(violation.reason()).contains("'A1'");
		});
	}

	@Test
	void rowLabelsMustBeUnique() {
		SeatMap map = new SeatMap(List.of(row("A", "A1"), row("A", "A2")), List.of());

		assertThat(map.violations("seatMap")).extracting(FieldError::field).containsExactly("seatMap.rows[1].label");
	}

	@Test
	void blockedSeatsMustBeInTheMap() {
		SeatMap map = new SeatMap(List.of(row("A", "A1", "A2")), List.of("A2", "Z9"));

		assertThat(map.violations("seatMap")).extracting(FieldError::field).containsExactly("seatMap.blocked[1]");
	}

	@Test
	void unknownKindsAndBlankLabelsAreRefused() {
		SeatMap map = new SeatMap(List.of(row("A", "A1:sofa", " :standard")), List.of());

		assertThat(map.violations("seatMap")).extracting(FieldError::field)
			.containsExactly("seatMap.rows[0].seats[0].kind", "seatMap.rows[0].seats[1].label");
	}

	@Test
	void aRoomHasAtMostTwoThousandSeats() {
		List<Row> rows = new ArrayList<>();
		for (int r = 0; r < 41; r++) {
			String[] seats = new String[50];
			for (int s = 0; s < 50; s++) {
				seats[s] = "R" + r + "S" + s;
			}
			rows.add(row("R" + r, seats));
		}

		assertThat(new SeatMap(rows, List.of()).violations("seatMap")).singleElement()
			.extracting(FieldError::reason).asString().contains("2050 seats");
		assertThat(new SeatMap(rows.subList(0, 40), List.of()).violations("seatMap")).isEmpty();
	}
}
