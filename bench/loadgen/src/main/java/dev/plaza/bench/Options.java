package dev.plaza.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Command-line flags of the load generator, as {@code --name value} or {@code --name=value}. */
record Options(URI baseUrl, String token, Scenario scenario, double rate, int durationSeconds, int warmupSeconds,
		int batchSize, int accounts, long seed, int maxInFlight, int timeoutSeconds, int progressSeconds, Cinema cinema,
		Shop shop) {

	/**
	 * The flags of the cinema scenarios.
	 *
	 * @param host the storefront domain sent as the Host header, so requests are anonymous customers' (or null)
	 * @param catalog the generated catalog's names (see {@link CatalogNames}) that searches and pages use
	 * @param showtime the showtime whose seats the storm holds while measured
	 * @param warmupShowtime the showtime held during the warm-up, so the measured one starts with every seat free
	 * @param customers how many distinct customers take part in the storm
	 */
	record Cinema(String host, Path catalog, UUID showtime, UUID warmupShowtime, int customers) {
	}

	/**
	 * The flags of the checkout scenario.
	 *
	 * @param products how many products the shop sells; each cart holds 1-3 of them
	 * @param email where the confirmations of measured orders go; warm-up orders' go to "warmup." before it
	 */
	record Shop(int products, String email) {
	}

	static final String USAGE = """
			Usage: java -jar plaza-loadgen.jar [flags]

			Offers requests to Plaza at a fixed arrival rate (open model): request i is sent at
			t0 + i/rate whatever the answers, and its latency is measured from that intended time
			(coordinated omission corrected).

			  --base-url URL      Plaza, e.g. http://127.0.0.1:8080 (required)
			  --token TOKEN       bearer token (or env PLAZA_TOKEN): ledger:read and ledger:write for the
			                      ledger scenarios, reservations:write for holds,
			                      catalog:write, orders:write, orders:read and payments:write for checkout,
			                      catalog:write for products, lending:write for repayments and applications; search and page send
			                      it when given, else they go anonymous through --host
			  --scenario NAME     batched | single | hot | search | holds | page | checkout | products | repayments
			                      | applications
			                      (default batched)
			                        batched: --batch transfers per request between random pairs of accounts
			                        single:  one transfer per request between a random pair of accounts
			                        hot:     --batch transfers per request, each from a random account to
			                                 ONE shared fee account (every transfer touches the same row)
			  --rate R            requests per second offered                     (default 10)
			  --duration D        seconds measured                                (default 60)
			  --warmup W          seconds run first at the same rate, not measured (default 10)
			  --batch B           transfers per request for batched and hot       (default 1000, at most 8000)
			  --accounts A        accounts created (idempotently) before the run  (default 10000)
			  --seed S            seeds account ids and the choice of accounts    (default 42)
			  --max-in-flight N   requests outstanding at most; a request due while N are
			                      outstanding is not sent and counts as an error  (default 2000)
			  --timeout T         seconds before an unanswered request is an error (default 30)
			  --progress P        seconds between progress lines, 0 for none     (default 10)

			Cinema scenarios:
			                        search: GET /api/v1/showtimes/search, a seeded mix of free text (some
			                                with a typo) and filters, every answer with its facets
			                        holds:  an on-sale storm: POST /api/v1/showtimes/{id}/holds for 1-4
			                                adjacent seats by one of --customers customers; 201 and 409 are
			                                both answers, and the run ends by checking no seat was held twice
			                        page:   GET /{city}, the storefront's city listings
			  --host DOMAIN       the tenant's storefront domain, sent as Host (search, page)
			  --catalog FILE      names of the generated catalog, "kind<TAB>value" lines (search, page)
			  --showtime ID       the showtime the storm holds while measured (holds)
			  --warmup-showtime ID  another showtime, held during the warm-up (holds; default --showtime)
			  --customers N       distinct customers of the storm                 (default 2000)

			Shop scenarios:
			                        products: GET /api/v1/catalog/products/{id} of one of --products
			                                products made before the run
			                        checkout: POST /api/v1/orders for a cart filled before the run (1-3
			                                products), then POST /api/v1/payments/{id}/confirm with
			                                tok_approve as soon as the order is answered; after the run,
			                                each measured order is read until it is confirmed
			  --products N        products the shop sells (with plenty of stock for checkout) (default 100)
			  --email ADDRESS     confirmation address of measured orders (default orders@checkout.bench)

			Lending scenario:
			                        repayments: POST /api/v1/lending/loans/{id}/repayments of 1.00 on one
			                                of --accounts loans stored before the run (by
			                                bench/lending-repayments.sh)
			                        applications: POST /api/v1/lending/applications on the marketplace, each
			                                by a new applicant (decisions measured by bench/lending-decisions.sh)

			Prints a human-readable summary, then one JSON line with the results.
			""";

	static Options parse(String[] args) {
		Map<String, String> flags = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("-h") || arg.equals("--help")) {
				throw new UsageException(null);
			}
			if (!arg.startsWith("--")) {
				throw new UsageException("unexpected argument '" + arg + "'");
			}
			String name = arg.substring(2);
			String value;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new UsageException("--" + name + " needs a value");
			}
			flags.put(name, value);
		}
		String base = take(flags, "base-url", null);
		if (base == null) {
			throw new UsageException("--base-url is required");
		}
		String token = take(flags, "token", System.getenv("PLAZA_TOKEN"));
		Scenario scenario = Scenario.of(take(flags, "scenario", "batched"));
		if ((token == null || token.isBlank()) && scenario.needsToken()) {
			throw new UsageException("--token (or env PLAZA_TOKEN) is required for " + scenario.label());
		}
		double rate = Double.parseDouble(take(flags, "rate", "10"));
		int duration = Integer.parseInt(take(flags, "duration", "60"));
		int warmup = Integer.parseInt(take(flags, "warmup", "10"));
		int batch = Integer.parseInt(take(flags, "batch", "1000"));
		int accounts = Integer.parseInt(take(flags, "accounts", "10000"));
		long seed = Long.parseLong(take(flags, "seed", "42"));
		int maxInFlight = Integer.parseInt(take(flags, "max-in-flight", "2000"));
		int timeout = Integer.parseInt(take(flags, "timeout", "30"));
		int progress = Integer.parseInt(take(flags, "progress", "10"));
		Cinema cinema = cinema(flags, scenario);
		Shop shop = new Shop(Integer.parseInt(take(flags, "products", "100")), take(flags, "email", "orders@checkout.bench"));
		if (shop.products() < 3) {
			throw new UsageException("--products must be at least 3: a cart holds up to three different products");
		}
		if (!flags.isEmpty()) {
			throw new UsageException("unknown flag(s) " + flags.keySet().stream().map(f -> "--" + f).toList());
		}
		if (!(rate > 0) || duration < 1 || warmup < 0 || accounts < 2 || maxInFlight < 1 || timeout < 1) {
			throw new UsageException("need --rate > 0, --duration >= 1, --warmup >= 0, --accounts >= 2, "
					+ "--max-in-flight >= 1, --timeout >= 1");
		}
		if (scenario != Scenario.BATCHED && scenario != Scenario.HOT) {
			batch = 1;
		}
		if (batch < 1 || batch > 8000) {
			throw new UsageException("--batch must be between 1 and 8000 (the API's limit)");
		}
		URI uri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
		return new Options(uri, token == null || token.isBlank() ? null : token.trim(), scenario, rate, duration, warmup,
				batch, accounts, seed, maxInFlight, timeout, progress, cinema, shop);
	}

	private static Cinema cinema(Map<String, String> flags, Scenario scenario) {
		String host = take(flags, "host", null);
		String catalog = take(flags, "catalog", null);
		String showtime = take(flags, "showtime", null);
		String warmupShowtime = take(flags, "warmup-showtime", showtime);
		int customers = Integer.parseInt(take(flags, "customers", "2000"));
		if ((scenario == Scenario.SEARCH || scenario == Scenario.PAGE) && catalog == null) {
			throw new UsageException("--catalog is required for " + scenario.label());
		}
		if (scenario == Scenario.PAGE && host == null) {
			throw new UsageException("--host is required for page: pages are found by the storefront's domain");
		}
		if (scenario == Scenario.HOLDS && (showtime == null || customers < 1)) {
			throw new UsageException("holds needs --showtime and --customers >= 1");
		}
		return new Cinema(host, catalog == null ? null : Path.of(catalog), showtime == null ? null : UUID.fromString(showtime),
				warmupShowtime == null ? null : UUID.fromString(warmupShowtime), customers);
	}

	private static String take(Map<String, String> flags, String name, String fallback) {
		String value = flags.remove(name);
		return value != null ? value : fallback;
	}

	/** Wrong command line: print the message (if any) and the usage. */
	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}
	}
}
