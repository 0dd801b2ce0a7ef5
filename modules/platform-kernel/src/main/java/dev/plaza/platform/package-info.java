/**
 * Shared kernel of Plaza: tenant identity and context, identifiers, money, problem details, and the
 * reusable HTTP and database pieces every module builds on (idempotent POSTs, row-level tenant
 * isolation, per-module migrations).
 *
 * <p>Its types come in artifacts by what they depend on, so that the gateway takes only what it
 * needs: {@code plaza-platform-kernel} (this package's values, no web, no database),
 * {@code plaza-platform-web} (problem details over HTTP), {@code plaza-platform-data} (PostgreSQL,
 * {@code AfterCommit}), {@code plaza-platform-remote} (calls between services),
 * and {@code plaza-platform}, on which the modules depend: all of them, plus state the instances
 * share through Redis and the API description.
 */
package dev.plaza.platform;
