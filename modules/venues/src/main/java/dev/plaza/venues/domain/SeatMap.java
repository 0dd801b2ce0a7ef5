package dev.plaza.venues.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.plaza.platform.FieldError;
import dev.plaza.venues.Seat;
import dev.plaza.venues.SeatKind;

/**
 * A room's seats, row by row, as the tenant draws it; {@code blocked} names seats never sold.
 * Kinds are kept as sent so that an unknown kind can be reported rather than refused unread.
 */
public record SeatMap(List<Row> rows, List<String> blocked) {

	public static final int MAX_SEATS = 2000;

	private static final int MAX_LABEL = 10;

	public SeatMap {
		rows = rows == null ? List.of() : List.copyOf(rows);
		blocked = blocked == null ? List.of() : List.copyOf(blocked);
	}

	public record Row(String label, List<SeatSpec> seats) {

		public Row {
			seats = seats == null ? List.of() : List.copyOf(seats);
		}
	}

	public record SeatSpec(String label, String kind) {
	}

	/** Every rule the map breaks, each naming its field under {@code path} (such as {@code seatMap}). */
	public List<FieldError> violations(String path) {
		List<FieldError> violations = new ArrayList<>();
		if (rows.isEmpty()) {
			violations.add(new FieldError(path + ".rows", "must hold at least one row of seats"));
		}
		Set<String> rowLabels = new HashSet<>();
		Set<String> seatLabels = new HashSet<>();
		for (int r = 0; r < rows.size(); r++) {
			Row row = rows.get(r);
			String rowPath = path + ".rows[" + r + "]";
			if (row == null) {
				violations.add(new FieldError(rowPath, "must be a row object with a label and seats"));
				continue;
			}
			checkLabel(row.label(), rowPath + ".label", violations);
			if (row.label() != null && !rowLabels.add(row.label())) {
				violations.add(new FieldError(rowPath + ".label", "repeats row '" + row.label() + "'; give each row its own label"));
			}
			if (row.seats().isEmpty()) {
				violations.add(new FieldError(rowPath + ".seats", "must hold at least one seat"));
			}
			for (int s = 0; s < row.seats().size(); s++) {
				checkSeat(row.seats().get(s), rowPath + ".seats[" + s + "]", seatLabels, violations);
			}
		}
		if (seatLabels.size() > MAX_SEATS) {
			violations.add(new FieldError(path + ".rows", "holds " + seatLabels.size() + " seats; a room has at most " + MAX_SEATS));
		}
		for (int b = 0; b < blocked.size(); b++) {
			if (!seatLabels.contains(blocked.get(b))) {
				violations.add(new FieldError(path + ".blocked[" + b + "]",
						"names seat '" + blocked.get(b) + "', which is not in the rows; block only seats of the map"));
			}
		}
		return violations;
	}

	private static void checkSeat(SeatSpec seat, String seatPath, Set<String> labels, List<FieldError> violations) {
		if (seat == null) {
			violations.add(new FieldError(seatPath, "must be a seat object with a label and a kind"));
			return;
		}
		checkLabel(seat.label(), seatPath + ".label", violations);
		if (seat.label() != null && !labels.add(seat.label())) {
			violations.add(new FieldError(seatPath + ".label", "repeats seat '" + seat.label() + "'; seat labels must be unique in the room"));
		}
		if (SeatKind.fromCode(seat.kind()).isEmpty()) {
			violations.add(new FieldError(seatPath + ".kind", "must be one of standard, wheelchair, companion or couple"));
		}
	}

	private static void checkLabel(String label, String field, List<FieldError> violations) {
		if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
			violations.add(new FieldError(field, "must be 1 to " + MAX_LABEL + " characters, such as 'A' or 'A12'"));
		}
	}

	/** The seats in map order; only for a map without violations. */
	public List<Seat> seats() {
		Set<String> blockedSeats = Set.copyOf(blocked);
		List<Seat> seats = new ArrayList<>();
		for (Row row : rows) {
			for (SeatSpec seat : row.seats()) {
				seats.add(new Seat(seat.label(), row.label(), SeatKind.fromCode(seat.kind()).orElseThrow(),
						blockedSeats.contains(seat.label())));
			}
		}
		return seats;
	}

	/** The kinds of seat the room sells (blocked seats are never sold), each of which a showtime there must price. */
	public Set<SeatKind> kinds() {
		Set<SeatKind> kinds = EnumSet.noneOf(SeatKind.class);
		seats().stream().filter(seat -> !seat.blocked()).forEach(seat -> kinds.add(seat.kind()));
		return kinds;
	}
}
