package dev.plaza.storefront.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.plaza.venues.Price;
import dev.plaza.venues.Seat;
import dev.plaza.venues.SeatKind;

/**
 * A showtime's seat map as its page draws it: rows in seat-map order, each seat with the accessible name a
 * screen reader says ("Row C, seat 7, standard, 9.50 €, available") and whether it can be chosen.
 */
record ShowtimeSeatMap(List<Row> rows, List<KindPrice> prices) {

	record Row(String name, List<SeatView> seats) {
	}

	/** @param status {@code available} or {@code taken}; taken seats are drawn hatched and crossed, not only coloured */
	record SeatView(String label, String kind, String status, String accessibleName) {

		public boolean available() {
			return status.equals("available");
		}
	}

	record KindPrice(String kind, String price) {
	}

	static ShowtimeSeatMap of(List<Seat> seats, Set<String> unavailable, Map<SeatKind, Price> prices) {
		Map<String, List<SeatView>> rows = new LinkedHashMap<>();
		for (Seat seat : seats) {
			boolean taken = seat.blocked() || unavailable.contains(seat.label()) || !prices.containsKey(seat.kind());
			String kind = seat.kind().code();
			String status = taken ? "taken" : "available";
			String name = "Row " + seat.row() + ", seat " + number(seat) + ", " + kind
					+ (prices.containsKey(seat.kind()) ? ", " + format(prices.get(seat.kind())) : "") + ", " + status;
			rows.computeIfAbsent(seat.row(), row -> new ArrayList<>()).add(new SeatView(seat.label(), kind, status, name));
		}
		List<KindPrice> kinds = prices.entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(price -> new KindPrice(price.getKey().code(), format(price.getValue())))
			.toList();
		return new ShowtimeSeatMap(rows.entrySet().stream().map(row -> new Row(row.getKey(), row.getValue())).toList(), kinds);
	}

	/** The seat's number within its row: its label without the row's name ({@code C7} in row C is 7). */
	private static String number(Seat seat) {
		return seat.label().startsWith(seat.row()) && seat.label().length() > seat.row().length()
				? seat.label().substring(seat.row().length()) : seat.label();
	}

	static String format(Price price) {
		return BigDecimal.valueOf(price.amount(), Math.max(price.currency().getDefaultFractionDigits(), 0)).toPlainString()
				+ " " + price.currency().getSymbol(Locale.ENGLISH);
	}
}
