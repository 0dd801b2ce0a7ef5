package dev.plaza.storefront.web;

import dev.plaza.platform.TenantId;

/**
 * The storefront a request is served from: the tenant, its public name, and where its pages live.
 * On a mapped domain the pages are at the root of {@code https://{domain}}; without one they sit
 * under {@code /t/{tenantId}} of whatever origin was called, for local use.
 *
 * @param origin scheme, host and port, such as {@code https://tickets.example.com}
 * @param base the path prefix every page link keeps, empty on a mapped domain
 */
// Templates call link and url, so they are public although the record is not.
record Site(TenantId tenant, String name, String origin, String base) {

	/** The request attribute the interceptor stores the site under. */
	static final String ATTRIBUTE = "plaza.storefront.site";

	/** The root-relative link to a page given by its path within the site ({@code ""} is the home page). */
	public String link(String path) {
		String link = base + path;
		return link.isEmpty() ? "/" : link;
	}

	/** The absolute URL of a page, as canonical links and sitemaps name it. */
	public String url(String path) {
		return origin + link(path);
	}
}
