package dev.plaza.media.web;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.plaza.media.application.ImageFormat;
import dev.plaza.media.application.MediaKey;
import dev.plaza.media.application.MediaPaths;
import dev.plaza.media.application.MediaStore;
import dev.plaza.media.application.Rendition;
import dev.plaza.media.persistence.ImageRepository;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves image files to anyone, for pages and CDNs. A file's name fixes its bytes for ever (a new
 * upload is a new image id), so it may be cached for a year and its ETag never changes.
 */
@RestController
class MediaController {

	private static final String PATH = MediaPaths.PREFIX;

	private static final Pattern ORIGINAL = Pattern.compile("^original\\.(jpg|png|webp|gif)$");

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final ImageRepository images;

	private final MediaStore store;

	MediaController(ImageRepository images, MediaStore store) {
		this.images = images;
		this.store = store;
	}

	@GetMapping(PATH + "{image}/{file}")
	@PreAuthorize("permitAll()")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "304", description = "Not modified: the copy named by If-None-Match is current")
	ResponseEntity<Resource> file(@PathVariable String image, @PathVariable String file, WebRequest request) {
		UUID id = parseId(image).orElseThrow(() -> missing(image, file));
		MediaType type = typeOf(file).orElseThrow(() -> missing(image, file));
		String etag = "\"" + id + "/" + file + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOREVER).build();
		}
		Resource content = images.owner(id)
			.flatMap(tenant -> store.read(new MediaKey(tenant, id, file)))
			.orElseThrow(() -> missing(image, file));
		return ResponseEntity.ok().contentType(type).eTag(etag).cacheControl(FOREVER).body(content);
	}

	private static Optional<MediaType> typeOf(String file) {
		Matcher original = ORIGINAL.matcher(file);
		Optional<ImageFormat> format = original.matches() ? ImageFormat.ofExtension(original.group(1))
				: Rendition.ofFileName(file).map(Rendition::format);
		return format.map(found -> MediaType.parseMediaType(found.mediaType()));
	}

	private static Optional<UUID> parseId(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Problem missing(String image, String file) {
		return new Problem(ProblemType.NOT_FOUND, "No file " + file + " of image " + image + " exists (yet: renditions "
				+ "appear a moment after the upload). Files are named original.<ext>, <width>w.webp or <width>w.jpg "
				+ "with widths 320, 640 and 1280.");
	}
}
