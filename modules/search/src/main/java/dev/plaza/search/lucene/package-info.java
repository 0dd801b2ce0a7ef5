/**
 * The standalone search adapter: one Lucene index on local disk holding every tenant's showtimes,
 * searched near-real-time through a single shared searcher.
 */
package dev.plaza.search.lucene;
