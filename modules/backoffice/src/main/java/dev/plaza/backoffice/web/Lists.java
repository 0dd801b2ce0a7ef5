package dev.plaza.backoffice.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.backoffice.BackofficeProperties;
import dev.plaza.backoffice.application.StaffApi;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads one page of a list from Plaza's API, which pages every list with {@code limit},
 * {@code cursor} and {@code nextCursor}: the filters the page offers come from the query string and
 * go to the API as they are, so nothing ever loads a whole table.
 */
@Component
class Lists {

	private final StaffApi api;

	private final int pageSize;

	Lists(StaffApi api, BackofficeProperties properties) {
		this.api = api;
		this.pageSize = properties.pageSize();
	}

	/**
	 * @param apiPath the API's list
	 * @param pagePath the back-office page showing it, for the next page's link
	 * @param query the page's query string
	 * @param filters the query parameters the page offers as filters
	 */
	@SuppressWarnings("unchecked")
	ListPage read(String apiPath, String pagePath, MultiValueMap<String, String> query, List<String> filters) {
		Map<String, String> chosen = new LinkedHashMap<>();
		filters.forEach(name -> {
			String value = query.getFirst(name);
			if (value != null && !value.isBlank()) {
				chosen.put(name, value.strip());
			}
		});
		Map<String, Object> request = new LinkedHashMap<>(chosen);
		request.put("limit", pageSize);
		request.put("cursor", query.getFirst("cursor"));
		Map<String, Object> answer = api.get(apiPath, request);
		List<Map<String, Object>> items = (List<Map<String, Object>>) answer.getOrDefault("items", List.of());
		Object next = answer.get("nextCursor");
		return new ListPage(items, next == null ? null : next.toString(), chosen, pagePath,
				query.getFirst("cursor") != null);
	}
}
