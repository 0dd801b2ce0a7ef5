package dev.plaza.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The page scenario: {@code GET /{city}}, the storefront's listings of a city, for a seeded random
 * city of the generated catalog each time, on the storefront's domain.
 */
final class CityPages implements Workload {

	private final Options options;

	private final List<String> cities;

	private final SplittableRandom random;

	CityPages(Options options) {
		this.options = options;
		this.cities = CatalogNames.read(options.cinema().catalog()).cities();
		this.random = new SplittableRandom(options.seed());
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "page: %.1f city pages/s over %d cities on %s", options.rate(), cities.size(),
				options.cinema().host());
	}

	@Override
	public Call next(boolean measured) {
		String city = cities.get(random.nextInt(cities.size()));
		return new Call(CinemaRequests.get(options, options.baseUrl().resolve(URI.create("/" + city))), "/" + city);
	}

	@Override
	public Outcome judge(Call call, HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			return Outcome.error("HTTP " + response.statusCode() + ": " + LoadGenerator.truncate(response.body(), 600));
		}
		return Outcome.ok("ok");
	}
}
