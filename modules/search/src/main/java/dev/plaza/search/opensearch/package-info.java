/**
 * The scaled deployment's search adapter: every tenant's showtimes in one OpenSearch index, reached
 * over HTTP with the official Java client, chosen with {@code plaza.search.engine=opensearch}.
 */
package dev.plaza.search.opensearch;
