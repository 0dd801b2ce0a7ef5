package dev.plaza.products.remote;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.plaza.products.Product;
import dev.plaza.products.ProductId;
import dev.plaza.products.Products;

/** {@link Products} of catalog-service, for a service that does not hold the catalog. */
final class RemoteProducts implements Products {

	private final ProductsApi catalog;

	RemoteProducts(ProductsApi catalog) {
		this.catalog = catalog;
	}

	@Override
	public Optional<Product> find(ProductId id) {
		return Optional.ofNullable(catalog.find(id.value()));
	}

	@Override
	public Optional<Product> findBySku(String sku) {
		return Optional.ofNullable(catalog.findBySku(sku));
	}

	@Override
	public List<Product> findAll(Collection<ProductId> ids) {
		return ids.isEmpty() ? List.of() : catalog.findAll(ids.stream().map(ProductId::value).toList());
	}

	@Override
	public List<Product> findAllBySku(Collection<String> skus) {
		return skus.isEmpty() ? List.of() : catalog.findAllBySku(List.copyOf(skus));
	}
}
