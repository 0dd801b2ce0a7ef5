package dev.plaza.media.application;

import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where image files live, each tenant's under keys of its own. Files are immutable once written: a
 * key's bytes never change, which is what lets them be cached for a year. Local disk by default
 * ({@link LocalMediaStore}), an S3-compatible bucket when configured ({@link S3MediaStore}).
 */
public interface MediaStore {

	void write(MediaKey key, byte[] bytes);

	/** The file, or empty when nothing was written under the key (yet). */
	Optional<Resource> read(MediaKey key);
}
