package dev.plaza.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The holds scenario, an on-sale storm: each attempt is one of {@code --customers} customers asking
 * to hold 1–4 adjacent seats of a random row. 201 (held) and 409 (a seat was taken first) are both
 * answers the API promises; anything else is an error. The warm-up storms another showtime, so the
 * measured one starts with every seat free.
 *
 * <p>After the run it checks what matters most: no seat is in two successful holds, and the seats
 * the seat map shows held are exactly the union of the successful holds.
 */
final class SeatHoldStorm implements Workload {

	private static final Pattern SEAT = Pattern.compile("\"label\":\"([^\"]+)\",\"row\":\"([^\"]*)\"[^}]*\"status\":\"([^\"]+)\"");

	private static final Pattern HELD_SEATS = Pattern.compile("\"seats\":\\[([^\\]]*)\\]");

	private final Options options;

	private final UUID showtime;

	private final UUID warmupShowtime;

	private final SplittableRandom random;

	/** Seat labels by row, in seat-map order, of each showtime. */
	private final Map<UUID, List<List<String>>> rows = new LinkedHashMap<>();

	/** The seats of each successful hold of the measured showtime, as answered. */
	private final ConcurrentLinkedQueue<List<String>> held = new ConcurrentLinkedQueue<>();

	SeatHoldStorm(Options options) {
		this.options = options;
		this.showtime = options.cinema().showtime();
		this.warmupShowtime = options.cinema().warmupShowtime();
		this.random = new SplittableRandom(options.seed());
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "holds: %.1f hold attempts/s of 1-4 adjacent seats by %d customers, showtime %s",
				options.rate(), options.cinema().customers(), showtime);
	}

	@Override
	public void setUp(HttpClient client) throws SetupException, InterruptedException {
		for (UUID id : Set.of(showtime, warmupShowtime)) {
			Map<String, List<String>> byRow = new LinkedHashMap<>();
			seats(client, id).forEach(seat -> byRow.computeIfAbsent(seat.row(), r -> new ArrayList<>()).add(seat.label()));
			if (byRow.isEmpty()) {
				throw new SetupException("showtime " + id + " has no seats");
			}
			rows.put(id, List.copyOf(byRow.values()));
		}
	}

	@Override
	public Call next(boolean measured) {
		UUID target = measured ? showtime : warmupShowtime;
		List<List<String>> seatRows = rows.get(target);
		List<String> row = seatRows.get(random.nextInt(seatRows.size()));
		int count = Math.min(row.size(), 1 + random.nextInt(4));
		int from = random.nextInt(row.size() - count + 1);
		StringBuilder body = new StringBuilder("{\"seats\":[");
		for (int i = 0; i < count; i++) {
			body.append(i > 0 ? "," : "").append('"').append(row.get(from + i)).append('"');
		}
		body.append("],\"customer\":\"storm-customer-").append(random.nextInt(options.cinema().customers())).append("\"}");
		HttpRequest request = CinemaRequests.builder(options, holdsUri(target))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
		return new Call(request, body.toString());
	}

	@Override
	public Outcome judge(Call call, HttpResponse<String> response) {
		return switch (response.statusCode()) {
			case 201 -> {
				if (call.request().uri().equals(holdsUri(showtime))) {
					held.add(seatsOf(response.body()));
				}
				yield Outcome.ok("held (201)");
			}
			case 409 -> Outcome.ok("taken (409)");
			default -> Outcome.error("HTTP " + response.statusCode() + ": " + LoadGenerator.truncate(response.body(), 600));
		};
	}

	/** No seat held twice; the seat map's held seats are the union of the successful holds. */
	@Override
	public Map<String, String> verify(HttpClient client) throws InterruptedException {
		Set<String> union = new TreeSet<>();
		int doubleHeld = 0;
		for (List<String> hold : held) {
			for (String seat : hold) {
				doubleHeld += union.add(seat) ? 0 : 1;
			}
		}
		Set<String> shownHeld = new TreeSet<>();
		int seatCount;
		try {
			List<SeatView> seats = seats(client, showtime);
			seatCount = seats.size();
			seats.stream().filter(seat -> seat.status().equals("held")).forEach(seat -> shownHeld.add(seat.label()));
		}
		catch (SetupException ex) {
			System.out.println("# verification could not read the seat map: " + ex.getMessage());
			return Map.of("verified", "false");
		}
		boolean matches = shownHeld.equals(union);
		System.out.printf(Locale.ROOT, "# verification: %d successful holds of %d seats, %d seat(s) in two holds; "
				+ "seat map shows %d of %d seats held, %s the union of the holds%n", held.size(), union.size(), doubleHeld,
				shownHeld.size(), seatCount, matches ? "equal to" : "NOT equal to");
		Map<String, String> checks = new LinkedHashMap<>();
		checks.put("verified", "true");
		checks.put("successfulHolds", Integer.toString(held.size()));
		checks.put("seatsInSuccessfulHolds", Integer.toString(union.size()));
		checks.put("seatsHeldTwice", Integer.toString(doubleHeld));
		checks.put("seatsShownHeld", Integer.toString(shownHeld.size()));
		checks.put("seatsInRoom", Integer.toString(seatCount));
		checks.put("seatMapEqualsHolds", Boolean.toString(matches));
		return checks;
	}

	private URI holdsUri(UUID id) {
		return options.baseUrl().resolve("/api/v1/showtimes/" + id + "/holds");
	}

	private List<SeatView> seats(HttpClient client, UUID id) throws SetupException, InterruptedException {
		URI uri = options.baseUrl().resolve("/api/v1/showtimes/" + id + "/seats");
		HttpResponse<String> response;
		try {
			response = client.send(CinemaRequests.get(options, uri), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new SetupException("GET " + uri + " failed: " + ex);
		}
		if (response.statusCode() != 200) {
			throw new SetupException("GET " + uri + " answered " + response.statusCode() + ": "
					+ LoadGenerator.truncate(response.body(), 600));
		}
		List<SeatView> seats = new ArrayList<>();
		Matcher seat = SEAT.matcher(response.body());
		while (seat.find()) {
			seats.add(new SeatView(seat.group(1), seat.group(2), seat.group(3)));
		}
		return seats;
	}

	private static List<String> seatsOf(String holdBody) {
		Matcher list = HELD_SEATS.matcher(holdBody);
		if (!list.find() || list.group(1).isBlank()) {
			return List.of();
		}
		List<String> seats = new ArrayList<>();
		for (String quoted : list.group(1).split(",")) {
			seats.add(quoted.strip().replace("\"", ""));
		}
		return seats;
	}

	private record SeatView(String label, String row, String status) {
	}
}
