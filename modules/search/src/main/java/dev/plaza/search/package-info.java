/**
 * Showtime search: the {@link dev.plaza.search.ShowtimeSearch} port that an in-process Lucene index
 * (standalone) or OpenSearch (scaled) implements, the public search endpoint, the listeners that
 * keep the index in step with the venues' events, and rebuilds of the index from
 * {@link dev.plaza.venues.Showtimes}.
 */
@ApplicationModule(allowedDependencies = { "platform", "tenancy", "venues" })
package dev.plaza.search;

import org.springframework.modulith.ApplicationModule;
