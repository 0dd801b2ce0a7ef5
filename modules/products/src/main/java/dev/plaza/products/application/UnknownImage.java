package dev.plaza.products.application;

import java.util.UUID;

import dev.plaza.platform.FieldError;

/**
 * The rule a field naming an image the tenant does not have breaks; it names the image, so the layer
 * that knows its caller can say how to add one (the web layer's {@code ApiHints}).
 */
public record UnknownImage(UUID image) implements FieldError.Rule {

	/** {@code field} names this image, which the tenant's catalog does not have. */
	static FieldError at(String field, UUID image) {
		return new FieldError(field, "names an image this catalog does not have (" + image + ")", new UnknownImage(image));
	}
}
