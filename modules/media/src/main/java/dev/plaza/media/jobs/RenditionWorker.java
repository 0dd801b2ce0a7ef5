package dev.plaza.media.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import dev.plaza.media.application.ImageUploaded;
import dev.plaza.media.application.MediaKey;
import dev.plaza.media.application.MediaStore;
import dev.plaza.media.application.Renderer;
import dev.plaza.media.application.Rendition;
import dev.plaza.media.persistence.Image;
import dev.plaza.media.persistence.ImageRepository;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Makes an uploaded image's renditions in the background, so the upload answers at once. Runs
 * again after a crash (the outbox republishes unfinished events); rendering twice only rewrites
 * identical files.
 */
@Component
class RenditionWorker {

	private static final Logger log = LoggerFactory.getLogger(RenditionWorker.class);

	private final ImageRepository images;

	private final MediaStore store;

	RenditionWorker(ImageRepository images, MediaStore store) {
		this.images = images;
		this.store = store;
	}

	/** No transaction around rendering: the tenant must be bound before each one starts. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ImageUploaded uploaded) {
		TenantContext.runAs(uploaded.tenant(),
				() -> images.find(uploaded.image()).ifPresent(image -> render(uploaded.tenant(), image)));
	}

	private void render(TenantId tenant, Image image) {
		Image.Status outcome;
		try {
			byte[] original = store.read(new MediaKey(tenant, image.id(), image.originalFile()))
				.orElseThrow(() -> new IllegalStateException("The original of image " + image.id() + " is missing"))
				.getContentAsByteArray();
			for (Map.Entry<Rendition, byte[]> file : Renderer.render(original).entrySet()) {
				store.write(new MediaKey(tenant, image.id(), file.getKey().fileName()), file.getValue());
			}
			outcome = Image.Status.READY;
		}
		catch (Problem | IOException | UncheckedIOException | IllegalStateException ex) {
			// A file that probed as an image but does not decode will not decode on a retry either.
			log.warn("Could not make the renditions of image {}", image.id(), ex);
			outcome = Image.Status.FAILED;
		}
		images.finished(image.id(), outcome);
	}
}
