/**
 * The ledger's {@link dev.plaza.ledger.Postings} served over HTTP to the services that do not hold
 * the ledger, and the client those services post through ({@link dev.plaza.ledger.remote.RemoteLedger}).
 */
package dev.plaza.ledger.remote;
