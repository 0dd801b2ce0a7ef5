package dev.plaza.products.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.plaza.media.ImageLinks;
import dev.plaza.media.ImageLinks.LinkedImage;
import dev.plaza.products.Product;
import dev.plaza.products.ProductListing;
import dev.plaza.products.ProductListing.AttributeFacet;
import dev.plaza.products.ProductListing.FacetValue;
import dev.plaza.products.ProductListings;
import dev.plaza.products.ProductSearch;
import dev.plaza.products.persistence.ProductRepository;
import dev.plaza.products.persistence.ProductShelfRepository;
import dev.plaza.products.persistence.ProductShelfRepository.ValueCount;
import dev.plaza.products.persistence.StoredProduct;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's products as the storefront lists, searches and shows them. */
@Service
class ProductShelf implements ProductListings {

	private final ProductRepository store;

	private final ProductShelfRepository shelf;

	private final ImageLinks images;

	ProductShelf(ProductRepository store, ProductShelfRepository shelf, ImageLinks images) {
		this.store = store;
		this.shelf = shelf;
		this.images = images;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Product> findBySlug(String slug) {
		return published(store.findBySlug(slug).stream().toList()).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public ProductListing search(ProductSearch search) {
		List<Product> products = published(shelf.page(search));
		long total = products.size() < search.limit() && (search.offset() == 0 || !products.isEmpty())
				? search.offset() + products.size() : shelf.count(search);
		return new ProductListing(products, total, facets(shelf.values(search), search.chosen()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> slugs(int limit) {
		return shelf.slugs(limit);
	}

	private List<Product> published(List<StoredProduct> products) {
		Map<UUID, LinkedImage> linked = images.find(products.stream().flatMap(p -> p.details().images().stream()).toList());
		return products.stream().map(product -> ProductCatalog.published(product, linked)).toList();
	}

	private static List<AttributeFacet> facets(List<ValueCount> counted, Map<String, Set<String>> chosen) {
		Map<String, List<FacetValue>> byAttribute = new LinkedHashMap<>();
		for (ValueCount count : counted) {
			byAttribute.computeIfAbsent(count.attribute(), any -> new ArrayList<>())
				.add(new FacetValue(count.value(), count.products(),
						chosen.getOrDefault(count.attribute(), Set.of()).contains(count.value())));
		}
		return byAttribute.entrySet().stream().map(entry -> new AttributeFacet(entry.getKey(), entry.getValue())).toList();
	}
}
