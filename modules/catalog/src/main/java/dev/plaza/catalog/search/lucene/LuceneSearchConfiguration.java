package dev.plaza.catalog.search.lucene;

import java.io.IOException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class LuceneSearchConfiguration {

	/** Closed with the context, which commits and releases the index's write lock. */
	@Bean
	LuceneShowtimeSearch showtimeSearch(SearchProperties properties, JsonMapper json) throws IOException {
		return new LuceneShowtimeSearch(properties.directory(), json);
	}
}
