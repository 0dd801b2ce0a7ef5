package dev.plaza.media;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an uploaded image ({@code POST /api/v1/catalog/images}) wherever it is used: a product's
 * pictures today, whatever else shows an image tomorrow.
 */
public record ImageId(UUID value) {

	public ImageId {
		Objects.requireNonNull(value, "image id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
