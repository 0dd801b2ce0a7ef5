package dev.plaza.search;

import dev.plaza.support.PlazaTest;

/** The search contract against the standalone engine: the Lucene index on local disk, by default. */
@PlazaTest
class LuceneSearchContractTest extends ShowtimeSearchContract {
}
