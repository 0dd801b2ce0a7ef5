package dev.plaza.search.opensearch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "plaza.search.engine", havingValue = "opensearch")
@EnableConfigurationProperties(OpenSearchProperties.class)
class OpenSearchSearchConfiguration {

	/** Creates the index with its mappings if the cluster has none yet; closed with the context. */
	@Bean
	OpenSearchShowtimeSearch showtimeSearch(OpenSearchProperties properties, JsonMapper json) {
		return OpenSearchShowtimeSearch.connect(properties, json);
	}
}
