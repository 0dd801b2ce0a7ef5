package dev.plaza.media.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.plaza.media.application.ImageUploads;
import dev.plaza.media.application.MediaPaths;
import dev.plaza.media.application.MediaProblems;
import dev.plaza.media.application.Rendition;
import dev.plaza.media.persistence.Image;
import dev.plaza.media.persistence.ImageRepository;
import dev.plaza.platform.Problem;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upload of posters and gallery pictures: the body is the image file itself. The answer comes at
 * once with status {@code processing}; renditions follow in the background.
 */
@RestController
@RequestMapping("/api/v1/catalog/images")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class ImageController {

	private final ImageUploads uploads;

	private final ImageRepository images;

	ImageController(ImageUploads uploads, ImageRepository images) {
		this.uploads = uploads;
		this.images = images;
	}

	@PostMapping(consumes = { MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, "image/webp",
			MediaType.IMAGE_GIF_VALUE })
	@ApiResponse(responseCode = "201")
	ResponseEntity<ImageView> upload(@RequestBody(required = false) byte[] body) {
		if (body == null || body.length == 0) {
			throw MediaProblems.notAnImage();
		}
		Image image = uploads.upload(body);
		return ResponseEntity.created(URI.create("/api/v1/catalog/images/" + image.id())).body(ImageView.of(image));
	}

	@GetMapping("/{id}")
	ImageView get(@PathVariable UUID id) {
		return images.find(id).map(ImageView::of).orElseThrow(() -> Problem.notFound("image", id));
	}

	record ImageView(UUID id, String contentType, int width, int height, int bytes, String status, String original,
			List<RenditionView> renditions) {

		static ImageView of(Image image) {
			return new ImageView(image.id(), image.format().mediaType(), image.width(), image.height(), image.byteSize(),
					image.status().code(), MediaPaths.of(image.id(), image.originalFile()),
					Rendition.ALL.stream()
						.map(rendition -> new RenditionView(rendition.width(), rendition.format().mediaType(),
								MediaPaths.of(image.id(), rendition.fileName())))
						.toList());
		}
	}

	/** A rendition's nominal width: an original narrower than it is kept at its own width. */
	record RenditionView(int width, String contentType, String url) {
	}
}
