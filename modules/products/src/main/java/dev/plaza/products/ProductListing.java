package dev.plaza.products;

import java.util.List;

/**
 * A page of a {@link ProductSearch}'s products.
 *
 * @param total how many products match, on every page
 * @param facets the matching products' attributes with their values, attribute by attribute
 */
public record ProductListing(List<Product> products, long total, List<AttributeFacet> facets) {

	public ProductListing {
		products = List.copyOf(products);
		facets = List.copyOf(facets);
	}

	/** An attribute with its most frequent values among the matching products. */
	public record AttributeFacet(String attribute, List<FacetValue> values) {

		public AttributeFacet {
			values = List.copyOf(values);
		}
	}

	/**
	 * A value of an attribute, with how many products have it among those matching the words and the
	 * values chosen for the other attributes (values of one attribute are alternatives, so choosing
	 * one does not hide the others).
	 */
	public record FacetValue(String value, long products, boolean chosen) {
	}
}
