package dev.plaza.media.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** An uploaded image as its tenant's media know it; its files are in the {@link MediaStore}. */
record Image(UUID id, ImageFormat format, int width, int height, int byteSize, Status status, Instant createdAt) {

	enum Status {
		PROCESSING, READY, FAILED;

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	String originalFile() {
		return "original." + format.extension();
	}
}
