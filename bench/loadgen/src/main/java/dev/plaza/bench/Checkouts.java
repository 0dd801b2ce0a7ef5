package dev.plaza.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The checkout scenario: each request is a customer's checkout, {@code POST /api/v1/orders} for a
 * cart filled before the run with 1–3 of the shop's products, which creates the order and its payment
 * intent. As soon as an order is answered its payment is confirmed with {@code tok_approve}, timed on
 * its own (from when it is sent: it follows the customer's answer, it has no intended time). Plaza then
 * confirms each paid order in the background (stock taken, e-mail, webhooks); after the run every
 * measured order is read until it is {@code confirmed}, and the lag from {@code paid} to
 * {@code confirmed} in its status history is reported.
 *
 * <p>Setup (not measured) makes the shop: one stock location, {@code --products} products with a
 * million units each there, and one cart per request of the run, warm-up included.
 */
final class Checkouts implements Workload {

	private static final String LOCATION = "bench";

	private static final int SETUP_THREADS = 16;

	private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(10);

	/** How long after the run the measured orders may take to be confirmed before the rest count as not confirmed. */
	private static final Duration CONFIRMATION_WAIT = Duration.ofSeconds(90);

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private static final Pattern CART_ID = Pattern.compile("\"cartId\":\"([0-9a-f-]{36})\"");

	private static final Pattern PAYMENT_ID = Pattern.compile("\"paymentId\":\"([0-9a-f-]{36})\"");

	private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z_]+)\"");

	private static final Pattern HISTORY_ENTRY = Pattern
		.compile("\\{\"status\":\"([a-z_]+)\"(?:,\"reason\":(?:null|\"(?:[^\"\\\\]|\\\\.)*\"))?,\"at\":\"([^\"]+)\"}");

	private final Options options;

	private final SplittableRandom random;

	private final URI ordersUri;

	private HttpClient client;

	private List<String> warmupCarts = List.of();

	private List<String> measuredCarts = List.of();

	private Set<String> measuredCartIds = Set.of();

	private int nextWarmup;

	private int nextMeasured;

	/** Payments of measured orders: latency from sending the confirmation to its answer, in microseconds. */
	private final Recorder payLatency = new Recorder(1, MAX_LATENCY_MICROS, 3);

	private final AtomicInteger paying = new AtomicInteger();

	private final Map<String, LongAdder> payResults = new ConcurrentHashMap<>();

	private final LongAdder payErrors = new LongAdder();

	private final ConcurrentLinkedQueue<String> paySamples = new ConcurrentLinkedQueue<>();

	/** Measured orders whose payment was answered succeeded or pending: the ones that should be confirmed. */
	private final ConcurrentLinkedQueue<String> paidOrders = new ConcurrentLinkedQueue<>();

	private final TenantApi api;

	Checkouts(Options options) {
		this.options = options;
		this.random = new SplittableRandom(options.seed());
		this.ordersUri = options.baseUrl().resolve("/api/v1/orders");
		this.api = new TenantApi(options);
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "checkout: %.1f orders/s, each for a cart of 1-3 of %d products, then paid",
				options.rate(), options.shop().products());
	}

	@Override
	public void setUp(HttpClient client) throws SetupException, InterruptedException {
		this.client = client;
		long start = System.nanoTime();
		api.send(client, "PUT", "/api/v1/stock/locations/" + LOCATION, "{\"name\":\"Benchmark warehouse\"}", 200, 201);
		int productCount = options.shop().products();
		List<String> products = new ArrayList<>(productCount);
		for (int i = 0; i < productCount; i++) {
			String body = String.format(Locale.ROOT, "{\"sku\":\"BENCH-%d-%05d\",\"title\":\"Benchmark product %d\","
					+ "\"price\":{\"amount\":%d,\"currency\":\"EUR\"},\"taxClass\":\"%s\",\"attributes\":{},\"images\":[]}",
					options.seed(), i, i, 500 + 10 * i, i % 4 == 0 ? "reduced" : "standard");
			String product = find(ID, api.send(client, "POST", "/api/v1/catalog/products", body, 201));
			api.send(client, "POST", "/api/v1/stock/adjustments", "{\"productId\":\"" + product + "\",\"location\":\"" + LOCATION
					+ "\",\"delta\":1000000,\"reason\":\"received\"}", 200, 201);
			products.add(product);
		}
		// One cart per request that can be due, warm-up and measured apart (the warm-up ones' mail elsewhere).
		int warmups = (int) Math.ceil(options.rate() * options.warmupSeconds()) + 1;
		int measured = (int) Math.ceil(options.rate() * options.durationSeconds()) + 1;
		String email = options.shop().email();
		this.warmupCarts = fillCarts(warmups, products, "warmup." + email, "warmup");
		this.measuredCarts = fillCarts(measured, products, email, "measured");
		this.measuredCartIds = Set.copyOf(measuredCarts);
		System.out.printf(Locale.ROOT, "# setup: %d products with 1,000,000 units each at '%s', %d carts filled "
				+ "(%d for the warm-up) in %.1f s%n", productCount, LOCATION, warmups + measured, warmups,
				(System.nanoTime() - start) / 1e9);
		System.out.flush();
	}

	/** Carts of 1–3 distinct products, 1–2 units each, filled in parallel; in a seeded order. */
	private List<String> fillCarts(int count, List<String> products, String email, String label)
			throws SetupException, InterruptedException {
		List<List<String>> contents = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int items = 1 + random.nextInt(3);
			List<String> lines = new ArrayList<>(items);
			while (lines.size() < items) {
				String product = products.get(random.nextInt(products.size()));
				String line = "{\"productId\":\"" + product + "\",\"quantity\":" + (1 + random.nextInt(2)) + "}";
				if (lines.stream().noneMatch(l -> l.contains(product))) {
					lines.add(line);
				}
			}
			contents.add(lines);
		}
		ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
		try {
			List<Future<String>> carts = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				String customer = label + "-customer-" + i;
				List<String> lines = contents.get(i);
				carts.add(pool.submit(() -> {
					String cart = find(ID, api.send(client, "POST", "/api/v1/carts",
							"{\"customer\":\"" + customer + "\",\"email\":\"" + email + "\"}", 201));
					for (String line : lines) {
						api.send(client, "POST", "/api/v1/carts/" + cart + "/items", line, 201);
					}
					return cart;
				}));
			}
			List<String> ids = new ArrayList<>(count);
			for (Future<String> cart : carts) {
				try {
					ids.add(cart.get());
				}
				catch (java.util.concurrent.ExecutionException ex) {
					throw new SetupException("filling a cart failed: " + ex.getCause().getMessage());
				}
			}
			return ids;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Override
	public Call next(boolean measured) {
		String cart = measured ? measuredCarts.get(nextMeasured++) : warmupCarts.get(nextWarmup++);
		String body = "{\"cartId\":\"" + cart + "\"}";
		HttpRequest request = api.request(ordersUri).header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return new Call(request, body);
	}

	/** A created order's payment is confirmed at once, as the customer's browser would. */
	@Override
	public void answered(Call call, HttpResponse<String> response, boolean measured) {
		if (response.statusCode() != 201) {
			return;
		}
		String order = find(ID, response.body());
		String payment = find(PAYMENT_ID, response.body());
		boolean counts = measuredCartIds.contains(find(CART_ID, response.body()));
		HttpRequest confirm = api.request(options.baseUrl().resolve("/api/v1/payments/" + payment + "/confirm"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"paymentMethod\":\"tok_approve\"}"))
			.build();
		paying.incrementAndGet();
		long sent = System.nanoTime();
		client.sendAsync(confirm, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
			try {
				if (counts) {
					judgePayment(order, sent, answer, failure);
				}
			}
			finally {
				paying.decrementAndGet();
			}
		});
	}

	private void judgePayment(String order, long sent, HttpResponse<String> answer, Throwable failure) {
		if (failure != null || (answer.statusCode() != 200 && answer.statusCode() != 202)) {
			payErrors.increment();
			if (paySamples.size() < 3) {
				paySamples.add("payment of order " + order + ": " + (failure != null ? failure.toString()
						: "HTTP " + answer.statusCode() + ": " + LoadGenerator.truncate(answer.body(), 600)));
			}
			return;
		}
		payLatency.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(1, (System.nanoTime() - sent) / 1000)));
		String status = find(STATUS, answer.body());
		payResults.computeIfAbsent(status, s -> new LongAdder()).increment();
		if (status.equals("succeeded") || status.equals("pending")) {
			paidOrders.add(order);
		}
	}

	/** 201 with the order awaiting payment; anything else is an error. */
	@Override
	public Outcome judge(Call call, HttpResponse<String> response) {
		if (response.statusCode() != 201) {
			return Outcome.error("HTTP " + response.statusCode() + ": " + LoadGenerator.truncate(response.body(), 600));
		}
		return Outcome.ok(find(STATUS, response.body()));
	}

	/** The payments' latency, then each paid measured order read until confirmed, and its confirmation lag. */
	@Override
	public Map<String, String> verify(HttpClient client) throws InterruptedException {
		long payDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.timeoutSeconds() + 5L);
		while (paying.get() > 0 && System.nanoTime() < payDeadline) {
			Thread.sleep(10);
		}
		Histogram pay = payLatency.getIntervalHistogram();
		Map<String, String> checks = new LinkedHashMap<>();
		checks.put("payAnswered", Long.toString(pay.getTotalCount()));
		checks.put("payErrors", Long.toString(payErrors.sum() + paying.get()));
		checks.put("payP50Ms", ms(pay, 50));
		checks.put("payP95Ms", ms(pay, 95));
		checks.put("payP99Ms", ms(pay, 99));
		checks.put("payMaxMs", pay.getTotalCount() == 0 ? "null" : millis(pay.getMaxValue()));
		checks.put("payResults", new TreeMap<>(payResults).entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\":" + e.getValue().sum())
			.collect(Collectors.joining(",", "{", "}")));
		System.out.printf(Locale.ROOT, "# payments of measured orders: %d answered %s, %d errors, P50 %s ms, P99 %s ms%n",
				pay.getTotalCount(), checks.get("payResults"), payErrors.sum() + paying.get(), checks.get("payP50Ms"),
				checks.get("payP99Ms"));
		paySamples.forEach(sample -> System.out.println("#   error " + sample));
		System.out.flush();

		Histogram lag = new Histogram(1, MAX_LATENCY_MICROS, 3);
		Map<String, String> waiting = new HashMap<>();
		paidOrders.forEach(order -> waiting.put(order, "unread"));
		int paid = waiting.size();
		long started = System.nanoTime();
		long deadline = started + CONFIRMATION_WAIT.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			while (!waiting.isEmpty()) {
				Map<String, Future<String>> reads = new HashMap<>();
				waiting.keySet().forEach(order -> reads.put(order, pool.submit(() -> readOrder(order))));
				for (Map.Entry<String, Future<String>> read : reads.entrySet()) {
					String body;
					try {
						body = read.getValue().get();
					}
					catch (java.util.concurrent.ExecutionException ex) {
						continue;
					}
					Map<String, Instant> history = history(body);
					waiting.put(read.getKey(), find(STATUS, body));
					if (history.containsKey("confirmed") && history.containsKey("paid")) {
						long micros = Duration.between(history.get("paid"), history.get("confirmed")).toNanos() / 1000;
						lag.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(1, micros)));
						waiting.remove(read.getKey());
					}
				}
				if (waiting.isEmpty() || System.nanoTime() > deadline) {
					break;
				}
				Thread.sleep(1000);
			}
		}
		finally {
			pool.shutdownNow();
		}
		Map<String, Long> notConfirmed = waiting.values().stream()
			.collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting()));
		System.out.printf(Locale.ROOT, "# confirmation: %d of %d paid measured orders confirmed (read for %.0f s); "
				+ "lag paid -> confirmed P50 %s ms, P99 %s ms, max %s ms; not confirmed by status %s%n", lag.getTotalCount(),
				paid, (System.nanoTime() - started) / 1e9, ms(lag, 50), ms(lag, 99),
				lag.getTotalCount() == 0 ? "-" : millis(lag.getMaxValue()), notConfirmed);
		System.out.flush();
		checks.put("ordersPaid", Integer.toString(paid));
		checks.put("ordersConfirmed", Long.toString(lag.getTotalCount()));
		checks.put("lagP50Ms", ms(lag, 50));
		checks.put("lagP95Ms", ms(lag, 95));
		checks.put("lagP99Ms", ms(lag, 99));
		checks.put("lagMaxMs", lag.getTotalCount() == 0 ? "null" : millis(lag.getMaxValue()));
		checks.put("notConfirmed", notConfirmed.entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\":" + e.getValue())
			.collect(Collectors.joining(",", "{", "}")));
		return checks;
	}

	private String readOrder(String order) throws IOException, InterruptedException {
		HttpRequest get = api.request(options.baseUrl().resolve("/api/v1/orders/" + order)).GET().build();
		HttpResponse<String> response = client.send(get, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("GET order " + order + " answered " + response.statusCode());
		}
		return response.body();
	}

	/** When the order first reached each status, from its status history. */
	private static Map<String, Instant> history(String order) {
		Map<String, Instant> reached = new HashMap<>();
		int from = order.indexOf("\"history\":[");
		if (from < 0) {
			return reached;
		}
		Matcher entry = HISTORY_ENTRY.matcher(order);
		entry.region(from, order.length());
		while (entry.find()) {
			reached.putIfAbsent(entry.group(1), Instant.parse(entry.group(2)));
		}
		return reached;
	}

	private static String find(Pattern pattern, String body) {
		Matcher match = pattern.matcher(body);
		return match.find() ? match.group(1) : "";
	}

	private static String ms(Histogram histogram, double percentile) {
		return histogram.getTotalCount() == 0 ? "null" : millis(histogram.getValueAtPercentile(percentile));
	}

	private static String millis(long micros) {
		return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
	}
}
