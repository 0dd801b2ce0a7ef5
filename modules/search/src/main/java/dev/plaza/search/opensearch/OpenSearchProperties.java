package dev.plaza.search.opensearch;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the OpenSearch cluster is, when {@code plaza.search.engine=opensearch}.
 *
 * @param url the cluster's HTTP address, such as {@code http://opensearch:9200}; a user and password
 * in it ({@code http://user:secret@host:9200}) are sent as basic authentication
 * @param index the name of Plaza's showtime index, followed by its layout version; deployments
 * sharing a cluster give each their own
 */
@ConfigurationProperties("plaza.search.opensearch")
record OpenSearchProperties(@DefaultValue("http://localhost:9200") URI url,
		@DefaultValue("plaza-showtimes") String index) {
}
