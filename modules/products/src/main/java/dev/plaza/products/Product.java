package dev.plaza.products;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.plaza.media.ImageId;
import dev.plaza.platform.Money;

/**
 * A product of the shop as it stands when read.
 *
 * @param sku the tenant's own code for the product, unique in its catalog
 * @param price the gross price of one unit
 * @param attributes free-form details (size, colour, material …) as plain JSON values: maps, lists,
 *     strings, numbers, booleans and nulls
 * @param images the product's pictures in display order
 * @param slug the readable name of its storefront page ({@code /products/{slug}}), unique in its catalog
 */
public record Product(ProductId id, String sku, String title, String description, Money price, TaxClass taxClass,
		Map<String, Object> attributes, List<Image> images, String slug) {

	public Product {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(price, "price");
		attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
		images = List.copyOf(images);
	}

	/**
	 * One picture of the product. {@code originalUrl} is the uploaded file
	 * ({@code /media/{id}/original.<ext>}); its renditions sit beside it as {@code 320w.webp},
	 * {@code 640w.jpg} and so on.
	 */
	public record Image(ImageId id, String originalUrl) {
	}
}
