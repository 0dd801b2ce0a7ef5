package dev.plaza.products.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.media.ImageLinks.LinkedImage;
import dev.plaza.products.persistence.StoredProduct;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A product as the API answers it. Each image comes with its original and its renditions, as the
 * image API shows them; an image still {@code processing} has its rendition links already, and
 * they serve once it is {@code ready}.
 */
public record ProductView(UUID id, String sku, String title, @Schema(nullable = true) String description, PriceView price,
		String taxClass, JsonNode attributes, List<LinkedImage> images) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record PriceView(long amount, String currency) {
	}

	public static ProductView of(StoredProduct product, Map<UUID, LinkedImage> linked) {
		ProductDetails details = product.details();
		return new ProductView(product.id(), details.sku(), details.title(), details.description(),
				new PriceView(details.price().amount(), details.price().currency().getCurrencyCode()),
				details.taxClass().code(), JSON.readTree(details.attributes()),
				details.images().stream().map(linked::get).toList());
	}
}
