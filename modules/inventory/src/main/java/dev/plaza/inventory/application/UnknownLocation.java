package dev.plaza.inventory.application;

import dev.plaza.inventory.LocationCode;
import dev.plaza.platform.FieldError;

/**
 * The rule a field naming a stock location the shop does not have breaks; it names the location, so
 * the layer that knows its caller can say how to create it (the web layer's {@code ApiHints}).
 */
public record UnknownLocation(LocationCode location) implements FieldError.Rule {

	/** {@code field} names this location, which the shop does not have. */
	static FieldError at(String field, LocationCode location) {
		return new FieldError(field, "names no stock location of this shop ('" + location + "')",
				new UnknownLocation(location));
	}
}
