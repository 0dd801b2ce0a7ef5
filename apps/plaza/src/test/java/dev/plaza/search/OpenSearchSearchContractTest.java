package dev.plaza.search;

import dev.plaza.engines.opensearch.OpenSearchNode;
import dev.plaza.support.PlazaTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search contract against the scaled deployment's engine: {@code plaza.search.engine=opensearch}
 * and a real OpenSearch node, started once per test JVM in a JVM of its own. Runs in an app context
 * of its own, with its own data directory.
 */
@PlazaTest
class OpenSearchSearchContractTest extends ShowtimeSearchContract {

	@DynamicPropertySource
	static void searchInOpenSearch(DynamicPropertyRegistry properties) {
		properties.add("plaza.home", () -> "target/test-var-opensearch");
		properties.add("plaza.search.engine", () -> "opensearch");
		properties.add("plaza.search.opensearch.url", () -> OpenSearchNode.shared().url().toString());
	}
}
