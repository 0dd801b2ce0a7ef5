package dev.plaza.products.remote;

import java.util.List;
import java.util.UUID;

import dev.plaza.platform.ServiceCalls;
import dev.plaza.products.Product;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** {@link dev.plaza.products.Products} over HTTP: served by {@link ProductsEndpoint}, called by {@link RemoteProducts}. */
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
