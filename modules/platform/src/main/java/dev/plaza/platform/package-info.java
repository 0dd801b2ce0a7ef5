/**
 * Shared kernel of Plaza: tenant identity and context, identifiers, problem details, and the
 * reusable HTTP and database pieces every module builds on (idempotent POSTs, row-level tenant
 * isolation, per-module migrations).
 */
package dev.plaza.platform;
