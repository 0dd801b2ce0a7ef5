package dev.plaza.media.application;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

public final class MediaProblems {

	static final ProblemType NOT_AN_IMAGE = new ProblemType("not-an-image", "Not an image", 422);

	static final ProblemType TOO_MANY_PIXELS = new ProblemType("image-too-large", "Image too large", 422);

	private MediaProblems() {
	}

	public static Problem notAnImage() {
		return new Problem(NOT_AN_IMAGE, "The body is not a readable JPEG, PNG, WebP or GIF image. Send the image file's "
				+ "bytes as the body, with its Content-Type (image/jpeg, image/png, image/webp or image/gif).");
	}

	static Problem tooManyPixels(int width, int height, long max) {
		return new Problem(TOO_MANY_PIXELS, "The image is " + width + " × " + height + " pixels; at most " + max
				+ " pixels are accepted. Scale it down (2,000 px wide is plenty for 1,280 px renditions) and upload it again.");
	}
}
