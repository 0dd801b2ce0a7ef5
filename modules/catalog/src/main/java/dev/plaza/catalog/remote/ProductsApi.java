package dev.plaza.catalog.remote;

import java.util.List;
import java.util.UUID;

import dev.plaza.catalog.Product;
import dev.plaza.platform.ServiceCalls;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** {@link dev.plaza.catalog.Products} over HTTP: served by {@link ProductsEndpoint}, called by {@link RemoteProducts}. */
@HttpExchange(ServiceCalls.PATH_PREFIX + "/catalog/products")
interface ProductsApi {

	/** No body when the tenant has no such product. */
	@GetExchange("/{id}")
	Product find(@PathVariable UUID id);

	/** No body when the tenant has no product with this SKU. */
	@GetExchange("/by-sku")
	Product findBySku(@RequestParam String sku);

	@GetExchange
	List<Product> findAll(@RequestParam("id") List<UUID> ids);

	@GetExchange("/by-skus")
	List<Product> findAllBySku(@RequestParam("sku") List<String> skus);
}
