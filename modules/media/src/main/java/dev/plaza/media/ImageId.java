package dev.plaza.media;

import java.util.Objects;
import java.util.UUID;

/** Identifies an image uploaded to the catalog ({@code POST /api/v1/catalog/images}). */
public record ImageId(UUID value) {

	public ImageId {
		Objects.requireNonNull(value, "image id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
