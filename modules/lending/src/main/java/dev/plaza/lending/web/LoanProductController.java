package dev.plaza.lending.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.application.LoanProducts;
import dev.plaza.lending.application.LoanProductView;
import dev.plaza.platform.IdCursor;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A lender's staff configure its loan products; readers (analysts, a back office) read them. */
@RestController
@RequestMapping("/api/v1/lending/products")
class LoanProductController {

	private static final IdCursor PAGES = new IdCursor("lp1");

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 200;

	private final LoanProducts products;

	LoanProductController(LoanProducts products) {
		this.products = products;
	}

	/**
	 * Creates a loan product within the lender's country's limits: 201 with the product as stored; 400 listing
	 * every field to fix; 409 if the code is taken; 422 if the lender chose no country, or the product breaks a
	 * limit or cap of its country (each named with its value), is in another currency, or names an unknown rule set.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_lending:write')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<LoanProductView> create(@RequestBody LoanProductRequest request) {
		LoanProductView product = products.create(request.validated());
		return ResponseEntity.created(URI.create("/api/v1/lending/products/" + product.id())).body(product);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('SCOPE_lending:read', 'SCOPE_lending:write')")
	LoanProductView get(@PathVariable UUID id) {
		return products.view(new LoanProductId(id));
	}

	/** The lender's products in the order they were created, a page at a time: pass {@code nextCursor} back as {@code cursor}. */
	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_lending:read', 'SCOPE_lending:write')")
	LoanProductPage list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new Problem(ProblemType.INVALID_PARAMETER, "Parameter 'limit' must be between 1 and " + MAX_LIMIT + ".",
					Map.of("parameter", "limit"));
		}
		List<LoanProductView> found = products.page(PAGES.decode(cursor), size + 1);
		if (found.size() <= size) {
			return new LoanProductPage(found, null);
		}
		List<LoanProductView> page = found.subList(0, size);
		return new LoanProductPage(page, PAGES.after(page.getLast().id()));
	}

	/** A page of loan products; {@code nextCursor} is null on the last page. */
	record LoanProductPage(List<LoanProductView> items, @Schema(nullable = true) String nextCursor) {
	}
}
