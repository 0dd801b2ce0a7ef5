package dev.plaza.storefront.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.plaza.venues.PublicCatalog.Movie;

/**
 * A movie poster as a responsive image. A poster uploaded to Plaza ({@code /media/{id}/original.jpg}
 * as the movie's poster URL) is offered through its renditions — {@code /media/{id}/320w.webp} and
 * {@code 320w.jpg}, at 320, 640 and 1280 px — so a phone downloads the small one; any other URL is
 * shown as it is. Posters are 2:3.
 *
 * @param srcset JPEG renditions, or null for a poster kept elsewhere
 * @param webpSrcset the same as WebP, for browsers that take it, or null
 */
record Poster(String src, String srcset, String webpSrcset, String alt, int width, int height) {

	static final int[] WIDTHS = { 320, 640, 1280 };

	/** Layout widths the pages give posters: full width on small screens, a column on larger ones. */
	static final String SIZES = "(max-width: 600px) 100vw, 320px";

	private static final Pattern PLAZA_MEDIA = Pattern
		.compile("^(.*/media/[0-9a-fA-F-]{36}/)original\\.(jpg|png|webp|gif)$");

	static Optional<Poster> of(Movie movie) {
		return movie.posterUrl().map(url -> {
			String alt = "Poster of " + movie.title();
			Matcher media = PLAZA_MEDIA.matcher(url);
			if (!media.matches()) {
				return new Poster(url, null, null, alt, WIDTHS[0], WIDTHS[0] * 3 / 2);
			}
			String base = media.group(1);
			return new Poster(base + WIDTHS[0] + "w.jpg", srcset(base, "jpg"), srcset(base, "webp"), alt, WIDTHS[0],
					WIDTHS[0] * 3 / 2);
		});
	}

	/** The picture link previews (Open Graph, schema.org) show: large, JPEG, absolute. */
	static Optional<String> preview(Movie movie, String origin) {
		return movie.posterUrl().map(url -> {
			Matcher media = PLAZA_MEDIA.matcher(url);
			String large = media.matches() ? media.group(1) + WIDTHS[WIDTHS.length - 1] + "w.jpg" : url;
			return large.startsWith("/") ? origin + large : large;
		});
	}

	public String sizes() {
		return SIZES;
	}

	private static String srcset(String base, String extension) {
		return IntStream.of(WIDTHS)
			.mapToObj(width -> base + width + "w." + extension + " " + width + "w")
			.collect(Collectors.joining(", "));
	}
}
