package dev.plaza.storefront.internal;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.plaza.catalog.PublicCatalog.Movie;

/**
 * A movie poster as a responsive image. Renditions follow one naming convention, which the media
 * pipeline is to serve: the poster URL with a {@code w} query parameter giving the width in pixels
 * ({@code {posterUrl}?w=320}, {@code ?w=640}, {@code ?w=1280}). Posters are 2:3.
 */
record Poster(String src, String srcset, String alt, int width, int height) {

	static final int[] WIDTHS = { 320, 640, 1280 };

	/** Layout widths the pages give posters: full width on small screens, a column on larger ones. */
	static final String SIZES = "(max-width: 600px) 100vw, 320px";

	static Optional<Poster> of(Movie movie) {
		return movie.posterUrl().map(url -> new Poster(rendition(url, WIDTHS[0]),
				IntStream.of(WIDTHS).mapToObj(width -> rendition(url, width) + " " + width + "w").collect(Collectors.joining(", ")),
				"Poster of " + movie.title(), WIDTHS[0], WIDTHS[0] * 3 / 2));
	}

	public String sizes() {
		return SIZES;
	}

	private static String rendition(String url, int width) {
		return url + (url.contains("?") ? "&" : "?") + "w=" + width;
	}
}
