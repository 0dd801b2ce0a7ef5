package dev.plaza.media.application;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes every {@link Rendition} of an original. Never enlarges: an original narrower than a
 * rendition's width is kept at its own width under that rendition's name, so a page's
 * {@code srcset} always finds every file.
 */
public final class Renderer {

	private static final float JPEG_QUALITY = 0.85f;

	private static final float WEBP_QUALITY = 0.80f;

	static {
		// WebP support comes from a library's ImageIO plugin, which a fat jar's class loader may
		// not have registered at the time ImageIO first ran.
		ImageIO.scanForPlugins();
	}

	private Renderer() {
	}

	public static Map<Rendition, byte[]> render(byte[] original) {
		BufferedImage image = decode(original);
		Map<Integer, BufferedImage> resized = new LinkedHashMap<>();
		Map<Rendition, byte[]> files = new LinkedHashMap<>();
		for (Rendition rendition : Rendition.ALL) {
			BufferedImage scaled = resized.computeIfAbsent(rendition.width(), width -> scaleToWidth(image, width));
			files.put(rendition, encode(scaled, rendition.format()));
		}
		return files;
	}

	private static BufferedImage decode(byte[] original) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(original));
			if (image == null) {
				throw MediaProblems.notAnImage();
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Halves the image until the next halving would pass the target, then scales the rest of the
	 * way bicubically: one bicubic step over a large factor skips pixels and looks jagged.
	 */
	static BufferedImage scaleToWidth(BufferedImage source, int width) {
		int targetWidth = Math.min(width, source.getWidth());
		int targetHeight = Math.max(1, Math.round(source.getHeight() * (targetWidth / (float) source.getWidth())));
		BufferedImage current = opaque(source);
		while (current.getWidth() / 2 >= targetWidth) {
			current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
		}
		return current.getWidth() == targetWidth ? current : draw(current, targetWidth, targetHeight);
	}

	/** JPEG has no transparency: transparent pixels become white rather than black. */
	private static BufferedImage opaque(BufferedImage source) {
		if (source.getType() == BufferedImage.TYPE_INT_RGB) {
			return source;
		}
		BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
			g.drawImage(source, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] encode(BufferedImage image, ImageFormat format) {
		ImageWriter writer = ImageIO.getImageWritersByMIMEType(format.mediaType()).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			if (format == ImageFormat.WEBP) {
				param.setCompressionType("Lossy");
				param.setCompressionQuality(WEBP_QUALITY);
			}
			else {
				param.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}
}
