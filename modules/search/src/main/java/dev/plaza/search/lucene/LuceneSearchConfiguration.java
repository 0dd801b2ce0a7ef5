package dev.plaza.search.lucene;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "plaza.search.engine", havingValue = "lucene", matchIfMissing = true)
@EnableConfigurationProperties(SearchProperties.class)
/** The default engine: an index on local disk, in the process. */
class LuceneSearchConfiguration {

	/** Closed with the context, which commits and releases the index's write lock. */
	@Bean
	LuceneShowtimeSearch showtimeSearch(SearchProperties properties, JsonMapper json) throws IOException {
		return new LuceneShowtimeSearch(properties.directory(), json);
	}
}
