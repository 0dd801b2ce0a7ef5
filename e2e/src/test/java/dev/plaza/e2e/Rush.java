package dev.plaza.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * Customers of one shop buying one unit of a product each, several at once: a cart, the item, the
 * order, the payment. Each of those writes has a key of its own ({@code order-7} checks out the 7th
 * customer's cart), the same on every retry of it.
 */
final class Rush implements AutoCloseable {

	private final Merchant shop;

	private final UUID product;

	private final Map<Integer, UUID> carts = new ConcurrentHashMap<>();

	private final Map<Integer, JsonNode> orders = new ConcurrentHashMap<>();

	private final AtomicInteger paid = new AtomicInteger();

	private final ExecutorService customers;

	private final List<Future<?>> runs = new ArrayList<>();

	private Rush(Merchant shop, UUID product, int customersAtOnce) {
		this.shop = shop;
		this.product = product;
		this.customers = Executors.newFixedThreadPool(customersAtOnce);
	}

	/** Under way: {@code customersAtOnce} customers at a time until {@code count} orders are paid. */
	static Rush start(Merchant shop, UUID product, int count, int customersAtOnce) {
		Rush rush = new Rush(shop, product, customersAtOnce);
		for (int first = 0; first < customersAtOnce; first++) {
			int start = first;
			rush.runs.add(rush.customers.submit(() -> {
				for (int customer = start; customer < count; customer += customersAtOnce) {
					rush.buy(customer);
				}
				return null;
			}));
		}
		return rush;
	}

	void awaitPaid(int count, Duration atMost) {
		Awaitility.await().atMost(atMost).until(() -> paid.get() >= count);
	}

	int paid() {
		return paid.get();
	}

	/** Waits until every customer has paid; a customer's failure fails the rush. */
	void finish(Duration atMost) throws InterruptedException, ExecutionException, TimeoutException {
		for (Future<?> run : runs) {
			run.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	UUID cart(int customer) {
		return carts.get(customer);
	}

	JsonNode order(int customer) {
		return orders.get(customer);
	}

	static String orderKey(int customer) {
		return "order-" + customer;
	}

	@Override
	public void close() {
		customers.shutdownNow();
	}

	private void buy(int customer) {
		UUID cart = shop.cart("customer" + customer, "cart-" + customer);
		carts.put(customer, cart);
		shop.addProduct(cart, product, 1, "item-" + customer);
		JsonNode order = shop.order(cart, orderKey(customer));
		orders.put(customer, order);
		shop.pay(order, "tok_approve", "pay-" + customer);
		paid.incrementAndGet();
	}
}
