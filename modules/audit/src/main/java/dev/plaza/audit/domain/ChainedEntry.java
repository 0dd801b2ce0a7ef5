package dev.plaza.audit.domain;

/** An entry as stored: its content, the hash of the entry before it, and its own hash. */
public record ChainedEntry(EntryContent content, Hash previousHash, Hash hash) {
}
