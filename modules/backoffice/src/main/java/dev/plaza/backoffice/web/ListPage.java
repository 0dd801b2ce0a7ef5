package dev.plaza.backoffice.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list, with the filters that chose it: the {@code backoffice/list} fragments render
 * its filter form and its links to the first and next pages.
 */
record ListPage(List<Map<String, Object>> items, String nextCursor, Map<String, String> filters, String path,
		boolean pastFirst) {

	/** The same filters, the following rows; null on the last page. */
	public String nextUrl() {
		if (nextCursor == null) {
			return null;
		}
		UriComponentsBuilder uri = firstPage();
		uri.queryParam("cursor", nextCursor);
		return uri.build().encode().toUriString();
	}

	/** The same filters from the start. */
	public String firstUrl() {
		return firstPage().build().encode().toUriString();
	}

	public String filter(String name) {
		return filters.getOrDefault(name, "");
	}

	private UriComponentsBuilder firstPage() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		filters.forEach(uri::queryParam);
		return uri;
	}
}
