package dev.plaza.media.persistence;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.media.application.ImageFormat;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's images. */
@Component
public class ImageRepository {

	private final JdbcClient jdbc;

	ImageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a new image, still {@code processing}. */
	@Transactional
	public void insert(Image image) {
		jdbc.sql("""
				INSERT INTO media.images (tenant_id, id, format, width, height, byte_size, status)
				VALUES (platform.current_tenant(), :id, :format, :width, :height, :size, 'processing')""")
			.param("id", image.id())
			.param("format", image.format().name())
			.param("width", image.width())
			.param("height", image.height())
			.param("size", image.byteSize())
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<Image> find(UUID id) {
		return jdbc.sql("SELECT id, format, width, height, byte_size, status, created_at FROM media.images WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Image(rs.getObject("id", UUID.class), ImageFormat.valueOf(rs.getString("format")),
					rs.getInt("width"), rs.getInt("height"), rs.getInt("byte_size"),
					Image.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	@Transactional
	public void finished(UUID id, Image.Status status) {
		jdbc.sql("UPDATE media.images SET status = :status, rendered_at = now() WHERE id = :id")
			.param("status", status.code())
			.param("id", id)
			.update();
	}

	/**
	 * Whose image this is, whichever tenant asks: its files are public, but kept in their tenant's
	 * key space. Empty for an id no image has.
	 */
	public Optional<TenantId> owner(UUID image) {
		return jdbc.sql("SELECT media.image_owner(:id)")
			.param("id", image)
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.optional()
			.map(TenantId::new);
	}
}
