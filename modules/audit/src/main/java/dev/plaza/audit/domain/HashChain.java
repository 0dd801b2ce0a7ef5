package dev.plaza.audit.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * The rules a tenant's chain follows: entries are numbered from 1 without gaps, each names the hash of
 * the one before it (the first names {@link Hash#GENESIS}), and each hash is
 * {@link CanonicalForm#hash the hash of its canonical form} chained to that previous hash.
 */
public final class HashChain {

	private HashChain() {
	}

	/** Where a chain stands: how many entries it holds and the hash of the last ({@link Hash#GENESIS} when empty). */
	public record Head(long entries, Hash hash) {

		public static final Head EMPTY = new Head(0, Hash.GENESIS);

		/** The sequence number the next entry gets. */
		public long nextSequence() {
			return entries + 1;
		}
	}

	/** Appends the entry (numbered {@link Head#nextSequence()}) after the head. */
	public static ChainedEntry append(Head head, EntryContent entry) {
		if (entry.sequence() != head.nextSequence()) {
			throw new IllegalArgumentException(
					"Entry " + entry.sequence() + " cannot follow a chain of " + head.entries() + " entries");
		}
		return new ChainedEntry(entry, head.hash(), CanonicalForm.hash(head.hash(), entry));
	}

	/** Why an entry breaks the chain it was read from. */
	public record Break(long sequence, UUID id, String reason) {
	}

	/**
	 * Checks a chain entry by entry, in sequence order, without holding it: feed each entry to
	 * {@link #check}, which answers the first break; {@link #head()} is where the chain stands.
	 */
	public static final class Verifier {

		private long read;

		private long lastSequence;

		private Hash lastHash = Hash.GENESIS;

		public Optional<Break> check(ChainedEntry stored) {
			EntryContent entry = stored.content();
			Optional<Break> broken = reasonBroken(stored).map(reason -> new Break(entry.sequence(), entry.id(), reason));
			read++;
			lastSequence = entry.sequence();
			lastHash = stored.hash();
			return broken;
		}

		/** How many entries were checked, and the stored hash of the last. */
		public Head head() {
			return new Head(read, lastHash);
		}

		private Optional<String> reasonBroken(ChainedEntry stored) {
			long sequence = stored.content().sequence();
			long expected = lastSequence + 1;
			if (sequence != expected) {
				return Optional.of(sequence > expected
						? "entries " + expected + " to " + (sequence - 1) + " are missing before this one"
						: "its sequence number " + sequence + " repeats or goes back; " + expected + " was expected");
			}
			if (!stored.previousHash().equals(lastHash)) {
				return Optional.of("its previous hash is not the hash of the entry before it");
			}
			if (!CanonicalForm.hash(lastHash, stored.content()).equals(stored.hash())) {
				return Optional.of("its contents do not match its hash");
			}
			return Optional.empty();
		}
	}
}
