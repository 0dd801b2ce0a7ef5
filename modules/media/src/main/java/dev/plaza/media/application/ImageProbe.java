package dev.plaza.media.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an uploaded body really is, read from its header without decoding its pixels: a small file
 * can declare a huge canvas (a decompression bomb), so dimensions are checked before any decoding.
 */
public final class ImageProbe {

	/** Renditions decode the whole image: 40 megapixels take 160 MB as ARGB. */
	static final long MAX_PIXELS = 40_000_000L;

	private ImageProbe() {
	}

	public record Probed(ImageFormat format, int width, int height) {
	}

	public static Probed probe(byte[] body) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(body))) {
			Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw MediaProblems.notAnImage();
			}
			ImageReader reader = readers.next();
			try {
				ImageFormat format = ImageFormat.ofImageIoName(reader.getFormatName())
					.orElseThrow(MediaProblems::notAnImage);
				reader.setInput(input, true, true);
				Probed probed = new Probed(format, reader.getWidth(0), reader.getHeight(0));
				if ((long) probed.width() * probed.height() > MAX_PIXELS) {
					throw MediaProblems.tooManyPixels(probed.width(), probed.height(), MAX_PIXELS);
				}
				return probed;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw MediaProblems.notAnImage();
		}
	}
}
