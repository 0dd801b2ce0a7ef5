package dev.plaza.media.application;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One resized copy of an image: what a page's {@code srcset} offers (320, 640 and 1280 px wide, as
 * WebP for browsers that take it and JPEG for the rest). Stored and served as {@code 640w.webp}.
 */
public record Rendition(int width, ImageFormat format) {

	static final List<Integer> WIDTHS = List.of(320, 640, 1280);

	public static final List<Rendition> ALL = WIDTHS.stream()
		.flatMap(width -> List.of(new Rendition(width, ImageFormat.WEBP), new Rendition(width, ImageFormat.JPEG)).stream())
		.toList();

	private static final Pattern FILE_NAME = Pattern.compile("^(\\d{3,4})w\\.(webp|jpg)$");

	public String fileName() {
		return width + "w." + format.extension();
	}

	public static Optional<Rendition> ofFileName(String name) {
		Matcher matcher = FILE_NAME.matcher(name);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Rendition rendition = new Rendition(Integer.parseInt(matcher.group(1)),
				ImageFormat.ofExtension(matcher.group(2)).orElseThrow());
		return ALL.contains(rendition) ? Optional.of(rendition) : Optional.empty();
	}
}
