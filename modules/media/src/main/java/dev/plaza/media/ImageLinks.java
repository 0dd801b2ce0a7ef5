package dev.plaza.media;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current tenant's uploaded images as other modules link to them, such as a product's pictures:
 * where the original and each rendition are served, and whether they are made.
 */
public interface ImageLinks {

	/** Those of the images the tenant has, by id; an id missing from the answer is no image of this tenant. */
	Map<UUID, LinkedImage> find(Collection<UUID> ids);

	/**
	 * An image and its files. {@code status} is {@code processing} until the renditions are made,
	 * then {@code ready} (or {@code failed} when the file could not be decoded).
	 */
	record LinkedImage(UUID id, String status, String contentType, String original,
			List<LinkedRendition> renditions) {

		public boolean failed() {
			return "failed".equals(status);
		}
	}

	/** A rendition's nominal width: an original narrower than it is kept at its own width. */
	record LinkedRendition(int width, String contentType, String url) {
	}
}
