package dev.plaza.search.lucene;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Segments merged in the background after writes (a rebuild's above all) are searched once the
 * searcher is refreshed; writes refresh it themselves, merges do not. A refresh of an index that has
 * not changed does nothing.
 */
@Component
@ConditionalOnProperty(name = "plaza.search.engine", havingValue = "lucene", matchIfMissing = true)
class MergedSegmentsRefresh {

	private final LuceneShowtimeSearch search;

	MergedSegmentsRefresh(LuceneShowtimeSearch search) {
		this.search = search;
	}

	@Scheduled(fixedDelayString = "${plaza.search.refresh-interval:PT1S}")
	void refresh() {
		search.refresh();
	}
}
