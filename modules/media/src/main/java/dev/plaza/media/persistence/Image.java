package dev.plaza.media.persistence;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import dev.plaza.media.application.ImageFormat;
import dev.plaza.media.application.MediaStore;

/** An uploaded image as its tenant's media know it; its files are in the {@link MediaStore}. */
public record Image(UUID id, ImageFormat format, int width, int height, int byteSize, Status status, Instant createdAt) {

	public enum Status {
		PROCESSING, READY, FAILED;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public String originalFile() {
		return "original." + format.extension();
	}
}
