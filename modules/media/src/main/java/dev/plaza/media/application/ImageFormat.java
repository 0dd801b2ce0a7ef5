package dev.plaza.media.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The image formats Plaza accepts as originals; renditions are made as JPEG and WebP. */
public enum ImageFormat {

	JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp"), GIF("image/gif", "gif");

	private final String mediaType;

	private final String extension;

	ImageFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** The format of an ImageIO reader's format name ("jpeg", "JPEG", "png", "webp", "gif"). */
	static Optional<ImageFormat> ofImageIoName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(format -> format.name().toLowerCase(Locale.ROOT).equals(lower) || format.extension.equals(lower))
			.findFirst();
	}

	public static Optional<ImageFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
	}
}
