package dev.plaza.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The products scenario: a tenant's API client reading its catalog, {@code GET
 * /api/v1/catalog/products/{id}} for a seeded random one of {@code --products} products made
 * before the run (or found by sku, when an earlier run made them).
 */
final class ProductReads implements Workload {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private final Options options;

	private final TenantApi api;

	private final SplittableRandom random;

	private final List<String> products = new ArrayList<>();

	ProductReads(Options options) {
		this.options = options;
		this.api = new TenantApi(options);
		this.random = new SplittableRandom(options.seed());
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "products: %.1f product reads/s over %d products", options.rate(),
				options.shop().products());
	}

	@Override
	public void setUp(HttpClient client) throws SetupException, InterruptedException {
		for (int i = 0; i < options.shop().products(); i++) {
			String body = String.format(Locale.ROOT, "{\"sku\":\"READ-%d-%05d\",\"title\":\"Catalog product %d\","
					+ "\"price\":{\"amount\":%d,\"currency\":\"EUR\"},\"taxClass\":\"standard\",\"attributes\":{},\"images\":[]}",
					options.seed(), i, i, 500 + 10 * i);
			String sku = String.format(Locale.ROOT, "READ-%d-%05d", options.seed(), i);
			String answer = api.send(client, "POST", "/api/v1/catalog/products", body, 201, 409);
			if (!answer.contains("\"id\"")) {
				// Made by an earlier run: the catalog has it under that sku.
				answer = api.send(client, "GET", "/api/v1/catalog/products?sku=" + sku, "", 200);
			}
			Matcher id = ID.matcher(answer);
			if (!id.find()) {
				throw new SetupException("the product " + sku + " has no id in " + LoadGenerator.truncate(answer, 300));
			}
			products.add(id.group(1));
		}
	}

	@Override
	public Call next(boolean measured) {
		String path = "/api/v1/catalog/products/" + products.get(random.nextInt(products.size()));
		return new Call(api.request(options.baseUrl().resolve(path)).GET().build(), path);
	}

	@Override
	public Outcome judge(Call call, HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			return Outcome.error("HTTP " + response.statusCode() + ": " + LoadGenerator.truncate(response.body(), 600));
		}
		return Outcome.ok("read");
	}
}
