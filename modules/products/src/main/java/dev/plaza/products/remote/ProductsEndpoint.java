package dev.plaza.products.remote;

import java.util.List;
import java.util.UUID;

import dev.plaza.products.Product;
import dev.plaza.products.ProductId;
import dev.plaza.products.Products;
import org.springframework.web.bind.annotation.RestController;

/** Serves the catalog's {@link Products} to the other services, for the tenant their call names. */
@RestController
class ProductsEndpoint implements ProductsApi {

	private final Products products;

	ProductsEndpoint(Products products) {
		this.products = products;
	}

	@Override
	public Product find(UUID id) {
		return products.find(new ProductId(id)).orElse(null);
	}

	@Override
	public Product findBySku(String sku) {
		return products.findBySku(sku).orElse(null);
	}

	@Override
	public List<Product> findAll(List<UUID> ids) {
		return products.findAll(ids.stream().map(ProductId::new).toList());
	}

	@Override
	public List<Product> findAllBySku(List<String> skus) {
		return products.findAllBySku(skus);
	}
}
