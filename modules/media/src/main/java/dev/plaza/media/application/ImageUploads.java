package dev.plaza.media.application;

import dev.plaza.media.persistence.Image;
import dev.plaza.media.persistence.ImageRepository;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes in the current tenant's images; the renditions follow in the background ({@link ImageUploaded}). */
@Service
public class ImageUploads {

	private final ImageRepository images;

	private final MediaStore store;

	private final ApplicationEventPublisher events;

	ImageUploads(ImageRepository images, MediaStore store, ApplicationEventPublisher events) {
		this.images = images;
		this.store = store;
		this.events = events;
	}

	/**
	 * Stores the original and records the image, renditions to follow. The file is written first: a
	 * failed transaction leaves an unreferenced file, never a row without its file.
	 */
	@Transactional
	public Image upload(byte[] body) {
		ImageProbe.Probed probed = ImageProbe.probe(body);
		Image image = new Image(Ids.newId(), probed.format(), probed.width(), probed.height(), body.length,
				Image.Status.PROCESSING, null);
		TenantId tenant = TenantContext.current().orElseThrow();
		store.write(new MediaKey(tenant, image.id(), image.originalFile()), body);
		images.insert(image);
		events.publishEvent(new ImageUploaded(tenant, image.id()));
		return images.find(image.id()).orElseThrow();
	}
}
