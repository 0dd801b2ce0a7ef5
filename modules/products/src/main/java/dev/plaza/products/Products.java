package dev.plaza.products;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the current tenant's shop products for other modules, such as stock and carts. The tenant
 * must be bound ({@link dev.plaza.platform.TenantContext}); another tenant's products are never
 * found.
 */
public interface Products {

	Optional<Product> find(ProductId id);

	/** The product with exactly this SKU (SKUs are case-sensitive). */
	Optional<Product> findBySku(String sku);

	/** Those of the products that exist, in no particular order. */
	List<Product> findAll(Collection<ProductId> ids);

	/** Those of the products whose SKU is one of these, in no particular order. */
	List<Product> findAllBySku(Collection<String> skus);
}
