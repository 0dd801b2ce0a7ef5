package dev.plaza.media.application;

import java.util.UUID;

import dev.plaza.platform.TenantId;

/** One file of one image in the {@link MediaStore}, in its tenant's own key space. */
public record MediaKey(TenantId tenant, UUID image, String file) {

	/** {@code <tenant>/<image>/<file>}: the same relative path on disk and as an object key in a bucket. */
	String path() {
		return tenant + "/" + image + "/" + file;
	}
}
