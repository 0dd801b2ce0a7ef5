package dev.plaza.bench;

import java.util.Locale;

/** What each request carries. */
enum Scenario {

	/** {@code --batch} transfers per request, each between two distinct random accounts. */
	BATCHED,

	/** One transfer per request, between two distinct random accounts. */
	SINGLE,

	/**
	 * {@code --batch} transfers per request, each debiting a random account and crediting the one
	 * shared fee account: every transfer of every request updates the same account row.
	 */
	HOT,

	/** Showtime searches with facets: free text, some with a typo, and filters, as customers type them. */
	SEARCH,

	/** An on-sale storm: many customers holding a few seats each of one showtime at once. */
	HOLDS,

	/** The storefront's city listings page. */
	PAGE,

	/** A shop's checkout: an order for a cart filled beforehand, then its payment, confirmed in the background. */
	CHECKOUT,

	/** A tenant's API client reading products of its catalog by id. */
	PRODUCTS,

	/** A lender's systems recording repayments of its loans, one per request. */
	REPAYMENTS,

	/** Applicants applying for loans on the marketplace, each a new person. */
	APPLICATIONS;

	boolean isLedger() {
		return this == BATCHED || this == SINGLE || this == HOT;
	}

	/** The ledger, holds and checkout act for an API client; searches and pages are anonymous customers' on the storefront domain. */
	boolean needsToken() {
		return this != SEARCH && this != PAGE;
	}

	static Scenario of(String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Options.UsageException("--scenario must be batched, single, hot, search, holds, page, checkout, products, repayments or applications, not '" + name + "'");
		}
	}

	String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
