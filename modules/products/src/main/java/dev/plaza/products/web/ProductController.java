package dev.plaza.products.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.IdCursor;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.products.ProductId;
import dev.plaza.products.application.ProductCatalog;
import dev.plaza.products.application.ProductView;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shop's staff keep its products; read-only clients (a storefront, a back office) may read them. */
@RestController
@RequestMapping("/api/v1/catalog/products")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class ProductController {

	private static final IdCursor PAGES = new IdCursor("p1");

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 200;

	private final ProductCatalog products;

	ProductController(ProductCatalog products) {
		this.products = products;
	}

	/** 201; 400 listing every field to fix; 409 if the SKU is taken; 422 naming images the tenant does not have. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<ProductView> create(@RequestBody ProductRequest request) {
		ProductView product;
		try {
			product = products.add(request.validated(), Ids.newId());
		}
		catch (Problem refused) {
			throw ApiHints.of(refused);
		}
		return ResponseEntity.created(URI.create("/api/v1/catalog/products/" + product.id())).body(product);
	}

	/** Replaces every detail of the product; fields left out take their empty value, as on creation. */
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ProductView replace(@PathVariable UUID id, @RequestBody ProductRequest request) {
		try {
			return products.replace(new ProductId(id), request.validated());
		}
		catch (Problem refused) {
			throw ApiHints.of(refused);
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('SCOPE_catalog:write', 'SCOPE_tenant:read')")
	ProductView get(@PathVariable UUID id) {
		return products.view(new ProductId(id));
	}

	/**
	 * The products in the order they were created, a page at a time: pass {@code nextCursor} back as
	 * {@code cursor} until it is null. {@code sku} finds the one product with that SKU instead.
	 */
	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_catalog:write', 'SCOPE_tenant:read')")
	ProductPage list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String sku) {
		if (sku != null) {
			return new ProductPage(products.withSku(sku), null);
		}
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new Problem(ProblemType.INVALID_PARAMETER, "Parameter 'limit' must be between 1 and " + MAX_LIMIT + ".",
					Map.of("parameter", "limit"));
		}
		List<ProductView> found = products.page(PAGES.decode(cursor), size + 1);
		if (found.size() <= size) {
			return new ProductPage(found, null);
		}
		List<ProductView> page = found.subList(0, size);
		return new ProductPage(page, PAGES.after(page.getLast().id()));
	}

	/** A page of products; {@code nextCursor} is null on the last page. */
	record ProductPage(List<ProductView> items, @Schema(nullable = true) String nextCursor) {
	}
}
