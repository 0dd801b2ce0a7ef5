package dev.plaza.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import dev.plaza.media.ImageLinks.LinkedImage;
import dev.plaza.media.application.MediaKey;
import dev.plaza.media.application.MediaStore;
import dev.plaza.media.persistence.Image;
import dev.plaza.media.application.ImageUploads;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Media on its own, as the catalog's image upload and products use it: an upload answers at once,
 * its renditions are made in the background after commit, and {@link ImageLinks} tells other modules
 * where the files are and whether they are made. Files go to the local store under the test's
 * {@code target/test-var}. Module tests share one test instance, so each test opens a tenant of its own.
 */
@ApplicationModuleTest
class MediaModuleTest {

	@Autowired
	ImageLinks links;

	@Autowired
	ImageUploads images;

	@Autowired
	MediaStore store;

	@Test
	void anUploadAnswersAtOnceAndItsRenditionsFollowNeverEnlarged(Scenario scenario) {
		TenantId tenant = newTenant();
		AtomicReference<UUID> uploaded = new AtomicReference<>();

		TenantContext.runAs(tenant, () -> scenario.stimulate(() -> {
			Image image = images.upload(png(800, 400));
			uploaded.set(image.id());
			return image;
		}).andWaitForStateChange(() -> status(tenant, uploaded.get()), "ready"::equals).andVerify((status, image) -> {
			assertThat(image.status()).as("the upload's own answer").isEqualTo(Image.Status.PROCESSING);
			assertThat(width(new MediaKey(tenant, image.id(), "320w.webp"))).isEqualTo(320);
			assertThat(width(new MediaKey(tenant, image.id(), "640w.jpg"))).isEqualTo(640);
			// The original is narrower than 1280 px: that rendition keeps its 800 px.
			assertThat(width(new MediaKey(tenant, image.id(), "1280w.webp"))).isEqualTo(800);
		}));

		TenantContext.runAs(tenant, () -> assertThat(links.find(List.of(uploaded.get())).get(uploaded.get()))
			.satisfies(image -> {
				assertThat(image.original()).endsWith("/" + uploaded.get() + "/original.png");
				assertThat(image.renditions()).hasSize(6);
			}));
		TenantContext.runAs(newTenant(), () -> assertThat(links.find(List.of(uploaded.get()))).isEmpty());
	}

	@Test
	void aFileThatOnlyLooksLikeAnImageEndsFailed(Scenario scenario) {
		TenantId tenant = newTenant();
		AtomicReference<UUID> uploaded = new AtomicReference<>();

		// A PNG header and no pixels: accepted on upload, which reads only the header; rendering cannot decode it.
		TenantContext.runAs(tenant, () -> scenario.stimulate(() -> uploaded.set(images.upload(pngHeader(40, 30)).id()))
			.andWaitForStateChange(() -> status(tenant, uploaded.get()), "failed"::equals)
			.andVerify(status -> assertThat(TenantContext.callAs(tenant,
					() -> links.find(List.of(uploaded.get())).get(uploaded.get()).failed())).isTrue()));
	}

	@Test
	void aBodyThatIsNoImageIsRefused() {
		TenantContext.runAs(newTenant(),
				() -> assertThatThrownBy(() -> images.upload("GIF? no, plain text".getBytes(StandardCharsets.UTF_8)))
					.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("not-an-image"))
					.hasMessageContaining("JPEG, PNG, WebP or GIF"));
	}

	@Test
	void anImageDeclaringTooManyPixelsIsRefusedBeforeItIsDecoded() {
		TenantContext.runAs(newTenant(), () -> assertThatThrownBy(() -> images.upload(pngHeader(10_000, 10_000)))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("image-too-large"))
			.hasMessageContaining("10000 × 10000 pixels"));
	}

	private static TenantId newTenant() {
		return TenantId.of(UUID.randomUUID().toString());
	}

	/** The image's status as other modules read it; null until the upload is committed. */
	private String status(TenantId tenant, UUID image) {
		return TenantContext.callAs(tenant, () -> {
			LinkedImage linked = links.find(List.of(image)).get(image);
			return linked == null ? null : linked.status();
		});
	}

	private int width(MediaKey file) {
		try (InputStream in = store.read(file).orElseThrow().getInputStream()) {
			return ImageIO.read(in).getWidth();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] png(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A well-formed PNG header declaring the size, followed by no image data at all. */
	private static byte[] pngHeader(int width, int height) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			try (DataOutputStream ihdr = new DataOutputStream(header)) {
				ihdr.writeInt(width);
				ihdr.writeInt(height);
				// 8 bits per sample, truecolour, deflate, adaptive filtering, no interlace.
				ihdr.write(new byte[] { 8, 2, 0, 0, 0 });
			}
			chunk(out, "IHDR", header.toByteArray());
			chunk(out, "IEND", new byte[0]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		out.writeInt((int) crc.getValue());
	}
}
