/**
 * Real engines for tests of the scaled deployment, started by the tests themselves: here a
 * single-node OpenSearch cluster, see {@link dev.plaza.engines.opensearch.OpenSearchNode}.
 */
package dev.plaza.engines.opensearch;
