package dev.plaza.catalog.media;

import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where image files live, by key ({@code <image id>/<file name>}). Files are immutable once written:
 * a key's bytes never change, which is what lets them be cached for a year. Local disk by default;
 * an S3-compatible bucket is another implementation of this port.
 */
interface MediaStore {

	void write(String key, byte[] bytes);

	Optional<Resource> read(String key);
}
