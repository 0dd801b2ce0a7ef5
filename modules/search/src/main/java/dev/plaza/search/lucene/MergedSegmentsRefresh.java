package dev.plaza.search.lucene;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Segments merged in the background after writes (a rebuild's above all) are searched once the
 * searcher is refreshed; writes refresh it themselves, merges do not. A refresh of an index that has
 * not changed does nothing.
 */
@Component
@ConditionalOnProperty(name = "plaza.search.engine", havingValue = "lucene", matchIfMissing = true)
class MergedSegmentsRefresh implements SchedulingConfigurer {

	private final LuceneShowtimeSearch search;

	private final SearchProperties properties;

	MergedSegmentsRefresh(LuceneShowtimeSearch search, SearchProperties properties) {
		this.search = search;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::refresh, properties.refreshInterval());
	}

	void refresh() {
		search.refresh();
	}
}
