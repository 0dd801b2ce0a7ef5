package dev.plaza.reservations;

import static dev.plaza.reservations.HoldCalls.seatsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many customers racing over HTTP for overlapping seats of one showtime: a seat is never held by two
 * holds at once, and every refusal names only seats that really were taken while it was decided.
 */
@PlazaTest
class HoldConcurrencyTest {

	static final int THREADS = 32;

	static final int ATTEMPTS = 15;

	static final List<String> SEATS = List.of("A1", "A2", "A3", "A4", "B1", "B2");

	@Autowired
	PlazaClient plaza;

	/** A successful hold's lifetime, from before it was asked for until after its release answered. */
	record Lifetime(Set<String> seats, long from, long to) {
	}

	record Refusal(List<String> asked, List<String> listed, long from, long to) {
	}

	@Test
	void noSeatIsEverHeldTwiceAndEveryRefusalNamesOnlyTakenSeats() throws Exception {
		HoldCalls holds = HoldCalls.newTenant(plaza);
		holds.unlimitedRates();
		UUID showtime = holds.showtime();
		Map<String, UUID> holderOf = new ConcurrentHashMap<>();
		List<String> doubleHeld = new CopyOnWriteArrayList<>();
		List<Lifetime> lifetimes = new CopyOnWriteArrayList<>();
		List<Refusal> refusals = new CopyOnWriteArrayList<>();
		List<String> unexpected = new CopyOnWriteArrayList<>();

		try (ExecutorService customers = Executors.newFixedThreadPool(THREADS)) {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				String customer = "customer-" + t;
				done.add(customers.submit(() -> {
					for (int i = 0; i < ATTEMPTS; i++) {
						List<String> asked = randomSeats();
						long from = System.nanoTime();
						Response answer = holds.hold(showtime, customer, asked.toArray(String[]::new));
						if (answer.status() == 409) {
							refusals.add(new Refusal(asked, seatsOf(answer.json()), from, System.nanoTime()));
							continue;
						}
						if (answer.status() != 201) {
							unexpected.add(answer.status() + " " + answer.text());
							continue;
						}
						UUID id = HoldCalls.id(answer);
						asked.forEach(seat -> {
							UUID other = holderOf.putIfAbsent(seat, id);
							if (other != null) {
								doubleHeld.add(seat + " by " + id + " and " + other);
							}
						});
						Response live = holds.hold(id);
						if (!live.json().get("status").asString().equals("active")) {
							unexpected.add("hold " + id + " not active while held: " + live.text());
						}
						asked.forEach(seat -> holderOf.remove(seat, id));
						Response released = holds.release(id);
						lifetimes.add(new Lifetime(Set.copyOf(asked), from, System.nanoTime()));
						if (released.status() != 204) {
							unexpected.add("release " + released.status() + " " + released.text());
						}
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}

		assertThat(unexpected).isEmpty();
		assertThat(doubleHeld).isEmpty();
		assertThat(lifetimes).isNotEmpty();
		assertThat(refusals).isNotEmpty();
		for (Refusal refusal : refusals) {
			assertThat(refusal.listed()).isNotEmpty().isSubsetOf(refusal.asked());
			for (String seat : refusal.listed()) {
				assertThat(seat.equals("A4") || takenDuring(seat, refusal, lifetimes))
					.as("%s refused for %s, which no hold took meanwhile", refusal.asked(), seat)
					.isTrue();
			}
		}
		assertThat(holds.statuses(showtime).values()).containsOnly("free", "blocked");
	}

	static boolean takenDuring(String seat, Refusal refusal, List<Lifetime> lifetimes) {
		return lifetimes.stream().anyMatch(hold -> hold.seats().contains(seat) && hold.from() < refusal.to() && refusal.from() < hold.to());
	}

	/** One to three distinct seats, now and then including the blocked A4. */
	static List<String> randomSeats() {
		List<String> seats = new ArrayList<>(SEATS);
		Collections.shuffle(seats, ThreadLocalRandom.current());
		return List.copyOf(seats.subList(0, 1 + ThreadLocalRandom.current().nextInt(3)));
	}
}
