/**
 * Showtime search: the {@link dev.plaza.catalog.search.ShowtimeSearch} port that an in-process
 * Lucene index (standalone) or OpenSearch (scaled) implements, the public search endpoint, and the
 * listeners that keep the index in step with the catalog's events.
 */
package dev.plaza.catalog.search;
