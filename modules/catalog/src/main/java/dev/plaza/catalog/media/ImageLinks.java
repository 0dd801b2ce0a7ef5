package dev.plaza.catalog.media;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's uploaded images as other parts of the catalog link to them, such as a
 * product's pictures: where the original and each rendition are served, and whether they are made.
 */
@Component
public class ImageLinks {

	private final JdbcClient jdbc;

	ImageLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Those of the images the tenant has, by id; an id missing from the answer is no image of this tenant. */
	@Transactional(readOnly = true)
	public Map<UUID, LinkedImage> find(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT id, format, status FROM catalog.images WHERE id = ANY(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs, n) -> linked(rs.getObject("id", UUID.class), ImageFormat.valueOf(rs.getString("format")),
					rs.getString("status")))
			.stream()
			.collect(Collectors.toMap(LinkedImage::id, Function.identity()));
	}

	private static LinkedImage linked(UUID id, ImageFormat format, String status) {
		return new LinkedImage(id, status, format.mediaType(), MediaController.url(id, "original." + format.extension()),
				Rendition.ALL.stream()
					.map(rendition -> new LinkedRendition(rendition.width(), rendition.format().mediaType(),
							MediaController.url(id, rendition.fileName())))
					.toList());
	}

	/**
	 * An image and its files. {@code status} is {@code processing} until the renditions are made,
	 * then {@code ready} (or {@code failed} when the file could not be decoded).
	 */
	public record LinkedImage(UUID id, String status, String contentType, String original,
			List<LinkedRendition> renditions) {

		public boolean failed() {
			return Image.Status.FAILED.code().equals(status);
		}
	}

	/** A rendition's nominal width: an original narrower than it is kept at its own width. */
	public record LinkedRendition(int width, String contentType, String url) {
	}
}
