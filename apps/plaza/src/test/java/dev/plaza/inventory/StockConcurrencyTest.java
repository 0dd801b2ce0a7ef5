package dev.plaza.inventory;

import static dev.plaza.inventory.StockCalls.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.plaza.inventory.StockCalls.Line;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Many carts racing over HTTP for the same units: never more is reserved than is on hand, and
 * reservations, releases, sales and adjustments over several products in any order neither
 * deadlock nor lose a unit.
 */
@PlazaTest
class StockConcurrencyTest {

	static final int THREADS = 32;

	@Autowired
	PlazaClient plaza;

	@Test
	void thirtyTwoCartsRacingForTheLastTenUnitsGetExactlyTen() throws Exception {
		StockCalls stock = StockCalls.newShop(plaza);
		stock.location("madrid");
		stock.location("bcn");
		UUID tshirt = stock.products.product("TSHIRT-M");
		stock.receive(tshirt, "madrid", 6);
		stock.receive(tshirt, "bcn", 4);
		List<Response> answers = new CopyOnWriteArrayList<>();
		CountDownLatch start = new CountDownLatch(1);

		try (ExecutorService carts = Executors.newFixedThreadPool(THREADS)) {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				String cart = "cart-" + t;
				done.add(carts.submit(() -> {
					start.await();
					answers.add(stock.reserve(cart, line(tshirt, 1)));
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get();
			}
		}

		assertThat(answers).extracting(Response::status).containsOnly(201, 409);
		assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(10);
		assertThat(answers).filteredOn(answer -> answer.status() == 409)
			.allSatisfy(refused -> assertThat(refused.json().get("lines").get(0).get("available").asLong()).isZero());
		assertThat(stock.totals(tshirt)).containsExactly(10, 10, 0);
		for (JsonNode location : stock.level(tshirt).json().get("locations")) {
			assertThat(location.get("reserved").asLong()).isEqualTo(location.get("onHand").asLong());
		}
	}

	@Test
	void reservingReleasingSellingAndAdjustingTwoProductsInAnyOrderKeepsEveryUnitAccountedFor() throws Exception {
		StockCalls stock = StockCalls.newShop(plaza);
		stock.location("madrid");
		stock.location("bcn");
		List<UUID> products = List.of(stock.products.product("TSHIRT-M"), stock.products.product("MUG-1"));
		Map<UUID, AtomicLong> expectedOnHand = new ConcurrentHashMap<>();
		for (UUID product : products) {
			stock.receive(product, "madrid", 8);
			stock.receive(product, "bcn", 8);
			expectedOnHand.put(product, new AtomicLong(16));
		}
		List<String> unexpected = new CopyOnWriteArrayList<>();
		List<String> oversold = new CopyOnWriteArrayList<>();
		CountDownLatch start = new CountDownLatch(1);

		try (ExecutorService workers = Executors.newFixedThreadPool(16)) {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 16; t++) {
				String cart = "cart-" + t;
				done.add(workers.submit(() -> {
					start.await();
					for (int i = 0; i < 12; i++) {
						step(stock, cart, products, expectedOnHand, unexpected);
						UUID sampled = products.get(ThreadLocalRandom.current().nextInt(products.size()));
						for (JsonNode location : stock.level(sampled).json().get("locations")) {
							if (location.get("available").asLong() < 0) {
								oversold.add(location.toString());
							}
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get();
			}
		}

		assertThat(unexpected).isEmpty();
		assertThat(oversold).isEmpty();
		for (UUID product : products) {
			long[] totals = stock.totals(product);
			long audited = stock.adjustments("?product=" + product + "&limit=1000").json().get("items").valueStream()
				.mapToLong(item -> item.get("delta").asLong()).sum();
			assertThat(totals[0]).as("on hand").isEqualTo(expectedOnHand.get(product).get()).isEqualTo(audited);
			assertThat(totals[2]).as("available").isBetween(0L, totals[0]);
		}
	}

	/** One random move of a shop under load: reserve both products (in a random order), then sell, release or drop it; or adjust. */
	private static void step(StockCalls stock, String cart, List<UUID> products, Map<UUID, AtomicLong> expectedOnHand,
			List<String> unexpected) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		if (random.nextInt(5) == 0) {
			UUID product = products.get(random.nextInt(products.size()));
			boolean receive = random.nextBoolean();
			Response adjusted = stock.adjust(product, random.nextBoolean() ? "madrid" : "bcn", receive ? 2 : -1,
					receive ? "received" : "damaged");
			if (adjusted.status() == 201) {
				expectedOnHand.get(product).addAndGet(receive ? 2 : -1);
			}
			else if (adjusted.status() != 409) {
				unexpected.add("adjust " + adjusted.status() + " " + adjusted.text());
			}
			return;
		}
		List<UUID> order = new ArrayList<>(products);
		Collections.shuffle(order, random);
		Line[] lines = order.stream()
			.map(product -> random.nextBoolean() ? line(product, 1 + random.nextInt(3))
					: line(product, 1 + random.nextInt(3), random.nextBoolean() ? "madrid" : "bcn"))
			.toArray(Line[]::new);
		Response reserved = stock.reserve(cart, 5, lines);
		if (reserved.status() == 409) {
			return;
		}
		if (reserved.status() != 201) {
			unexpected.add("reserve " + reserved.status() + " " + reserved.text());
			return;
		}
		UUID reservation = StockCalls.id(reserved);
		switch (random.nextInt(3)) {
			case 0 -> {
				Response committed = stock.commit(reservation);
				if (committed.status() == 409 && committed.json().get("detail").asString().contains("expired at")) {
					return;
				}
				if (committed.status() != 200) {
					unexpected.add("commit " + committed.status() + " " + committed.text());
					return;
				}
				committed.json().get("lines").forEach(line -> expectedOnHand.get(UUID.fromString(line.get("productId").asString()))
					.addAndGet(-line.get("quantity").asLong()));
			}
			case 1 -> {
				Response released = stock.release(reservation);
				if (released.status() != 204) {
					unexpected.add("release " + released.status() + " " + released.text());
				}
			}
			default -> {
				// Left in the cart: it keeps its units until it expires (in 5 s), as abandoned carts do.
			}
		}
	}
}
