package dev.plaza.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The search scenario: {@link SearchMix}'s searches against {@code GET /api/v1/showtimes/search},
 * anonymous on the storefront's domain (Host) unless a token is given. Every answer carries facets;
 * answers are counted by whether they found anything.
 */
final class ShowtimeSearches implements Workload {

	private final Options options;

	private final SearchMix mix;

	private final String path;

	ShowtimeSearches(Options options) {
		this.options = options;
		this.mix = new SearchMix(CatalogNames.read(options.cinema().catalog()), options.seed());
		this.path = options.baseUrl() + "/api/v1/showtimes/search?";
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "search: %.1f searches/s with facets, %s", options.rate(),
				options.token() == null ? "anonymous on " + options.cinema().host() : "with a token");
	}

	@Override
	public Call next(boolean measured) {
		String query = mix.next().entrySet().stream()
			.map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return new Call(CinemaRequests.get(options, URI.create(path + query)), query);
	}

	@Override
	public Outcome judge(Call call, HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			return Outcome.error("HTTP " + response.statusCode() + ": " + LoadGenerator.truncate(response.body(), 1000));
		}
		String body = response.body();
		if (!body.contains("\"facets\"")) {
			return Outcome.error("answer without facets: " + LoadGenerator.truncate(body, 600));
		}
		return Outcome.ok(body.contains("\"total\":0,") || body.endsWith("\"total\":0}") ? "nothing found" : "found");
	}
}
