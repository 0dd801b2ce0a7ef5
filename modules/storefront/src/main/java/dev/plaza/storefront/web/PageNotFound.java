package dev.plaza.storefront.web;

/** No page at this address: no storefront at the host, or no such city or movie in it. */
class PageNotFound extends RuntimeException {

	PageNotFound() {
		super(null, null, false, false);
	}
}
