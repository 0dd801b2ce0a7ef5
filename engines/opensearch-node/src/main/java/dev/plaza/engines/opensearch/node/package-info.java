/**
 * What runs inside the node's own JVM, on OpenSearch's classpath; never loaded by the JVM that
 * launches it.
 */
package dev.plaza.engines.opensearch.node;
