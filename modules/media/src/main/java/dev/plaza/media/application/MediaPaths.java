package dev.plaza.media.application;

import java.util.UUID;

/** Where anyone fetches an image's files over HTTP: every link to an image or a rendition points here. */
public final class MediaPaths {

	public static final String PREFIX = "/media/";

	private MediaPaths() {
	}

	public static String of(UUID image, String file) {
		return PREFIX + image + "/" + file;
	}
}
