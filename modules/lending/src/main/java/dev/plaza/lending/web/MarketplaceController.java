package dev.plaza.lending.web;

import java.util.List;

import dev.plaza.lending.application.Marketplace;
import dev.plaza.lending.application.MarketplaceView;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A lender opts in to (or out of) the marketplace, for applicants of the countries it names. */
@RestController
@RequestMapping("/api/v1/lending/marketplace")
class MarketplaceController {

	private final Marketplace marketplace;

	MarketplaceController(Marketplace marketplace) {
		this.marketplace = marketplace;
	}

	/** Replaces the lender's participation; 400 for a malformed body, 422 naming countries Plaza does not serve. */
	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_lending:write')")
	MarketplaceView participate(@RequestBody MarketplaceRequest request) {
		List<String> countries = request.validCountries();
		return marketplace.participate(request.participating(), countries);
	}

	/** The lender's participation; a lender that never set it does not participate. */
	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_lending:read', 'SCOPE_lending:write')")
	MarketplaceView current() {
		return marketplace.current();
	}
}
