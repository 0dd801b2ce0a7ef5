package dev.plaza.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Every configured path pattern with its service, the most specific first, so that it wins. */
record RouteTable(List<Entry> entries) {

	record Entry(PathPattern pattern, String service) {
	}

	static RouteTable of(Map<String, List<String>> routes) {
		List<Entry> entries = routes.entrySet()
			.stream()
			.flatMap(route -> route.getValue()
				.stream()
				.map(pattern -> new Entry(PathPatternParser.defaultInstance.parse(pattern), route.getKey())))
			.sorted(Comparator.comparing(Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR))
			.toList();
		return new RouteTable(entries);
	}
}
