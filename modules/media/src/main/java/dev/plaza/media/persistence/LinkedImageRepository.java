package dev.plaza.media.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.plaza.media.ImageLinks;
import dev.plaza.media.application.ImageFormat;
import dev.plaza.media.application.MediaPaths;
import dev.plaza.media.application.Rendition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ImageLinks} read from the images table, with the URLs the media endpoint serves them at ({@link MediaPaths}). */
@Component
class LinkedImageRepository implements ImageLinks {

	private final JdbcClient jdbc;

	LinkedImageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, LinkedImage> find(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT id, format, status FROM media.images WHERE id = ANY(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs, n) -> linked(rs.getObject("id", UUID.class), ImageFormat.valueOf(rs.getString("format")),
					rs.getString("status")))
			.stream()
			.collect(Collectors.toMap(LinkedImage::id, Function.identity()));
	}

	private static LinkedImage linked(UUID id, ImageFormat format, String status) {
		return new LinkedImage(id, status, format.mediaType(), MediaPaths.of(id, "original." + format.extension()),
				Rendition.ALL.stream()
					.map(rendition -> new LinkedRendition(rendition.width(), rendition.format().mediaType(),
							MediaPaths.of(id, rendition.fileName())))
					.toList());
	}
}
