package dev.plaza.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class HashChainTest {

	private static final UUID TENANT = UUID.fromString("0190d5f0-0000-7000-8000-000000000001");

	@Test
	void theCanonicalFormIsSortedCompactJsonWithMicroseconds() {
		EntryContent entry = entry(1, Map.of("reason", "bad \"password\"\n", "attempt", "3"));

		assertThat(CanonicalForm.of(entry)).isEqualTo("{\"action\":\"api.post\",\"actorId\":\"shop-app\","
				+ "\"actorKind\":\"client\",\"address\":\"127.0.0.1\",\"at\":\"2026-12-07T13:20:16.123456Z\","
				+ "\"details\":{\"attempt\":\"3\",\"reason\":\"bad \\\"password\\\"\\n\"},"
				+ "\"id\":\"0190d5f0-0000-7000-8000-000000000101\",\"method\":\"POST\","
				+ "\"pathTemplate\":\"/api/v1/orders/{id}/refunds\",\"requestId\":null,\"resourceId\":null,"
				+ "\"resourceType\":\"refund\",\"sequence\":1,\"status\":201,"
				+ "\"tenant\":\"0190d5f0-0000-7000-8000-000000000001\"}");
	}

	@Test
	void anOutsiderRecomputesTheHashFromThePreviousHashAndTheCanonicalForm() throws Exception {
		ChainedEntry first = HashChain.append(HashChain.Head.EMPTY, entry(1, Map.of()));

		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update(new byte[32]);
		String expected = HexFormat.of().formatHex(sha.digest(CanonicalForm.of(first.content()).getBytes(StandardCharsets.UTF_8)));

		assertThat(first.previousHash()).isEqualTo(Hash.GENESIS);
		assertThat(first.hash().hex()).isEqualTo(expected);
	}

	@Test
	void anIntactChainVerifiesAndEndsAtItsLastHash() {
		List<ChainedEntry> chain = chainOf(5);

		HashChain.Verifier verifier = new HashChain.Verifier();
		List<HashChain.Break> breaks = chain.stream().map(verifier::check).flatMap(Optional::stream).toList();

		assertThat(breaks).isEmpty();
		assertThat(verifier.head()).isEqualTo(new HashChain.Head(5, chain.getLast().hash()));
	}

	@Test
	void anAlteredEntryIsTheOneNamedAndOnlyIt() {
		List<ChainedEntry> chain = new ArrayList<>(chainOf(5));
		ChainedEntry third = chain.get(2);
		EntryContent c = third.content();
		chain.set(2, new ChainedEntry(new EntryContent(c.tenant(), c.sequence(), c.id(), c.at(), c.actorKind(), c.actorId(),
				c.action(), c.method(), c.pathTemplate(), c.resourceType(), c.resourceId(), 200, c.address(), c.requestId(),
				c.details()), third.previousHash(), third.hash()));

		List<HashChain.Break> breaks = verify(chain);

		assertThat(breaks).singleElement().satisfies(broken -> {
			assertThat(broken.sequence()).isEqualTo(3);
			assertThat(broken.id()).isEqualTo(c.id());
			assertThat(broken.reason()).contains("do not match its hash");
		});
	}

	@Test
	void aDeletedEntryShowsAsAGapAtTheEntryAfterIt() {
		List<ChainedEntry> chain = new ArrayList<>(chainOf(4));
		chain.remove(1);

		HashChain.Verifier verifier = new HashChain.Verifier();
		List<HashChain.Break> breaks = chain.stream().map(verifier::check).flatMap(Optional::stream).toList();

		assertThat(breaks).singleElement().satisfies(broken -> {
			assertThat(broken.sequence()).isEqualTo(3);
			assertThat(broken.reason()).contains("entries 2 to 2 are missing");
		});
		assertThat(verifier.head().entries()).as("entries read").isEqualTo(3);
	}

	@Test
	void aRehashedEntryBreaksTheLinkOfTheEntryAfterIt() {
		List<ChainedEntry> chain = new ArrayList<>(chainOf(3));
		ChainedEntry second = chain.get(1);
		EntryContent c = second.content();
		EntryContent forged = new EntryContent(c.tenant(), c.sequence(), c.id(), c.at(), c.actorKind(), "someone-else",
				c.action(), c.method(), c.pathTemplate(), c.resourceType(), c.resourceId(), c.status(), c.address(),
				c.requestId(), c.details());
		chain.set(1, new ChainedEntry(forged, second.previousHash(), CanonicalForm.hash(second.previousHash(), forged)));

		assertThat(verify(chain)).singleElement().satisfies(broken -> {
			assertThat(broken.sequence()).isEqualTo(3);
			assertThat(broken.reason()).contains("previous hash");
		});
	}

	private static List<HashChain.Break> verify(List<ChainedEntry> chain) {
		HashChain.Verifier verifier = new HashChain.Verifier();
		return chain.stream().map(verifier::check).flatMap(Optional::stream).toList();
	}

	private static List<ChainedEntry> chainOf(int length) {
		List<ChainedEntry> chain = new ArrayList<>();
		HashChain.Head head = HashChain.Head.EMPTY;
		for (int sequence = 1; sequence <= length; sequence++) {
			ChainedEntry next = HashChain.append(head, entry(sequence, Map.of()));
			chain.add(next);
			head = new HashChain.Head(sequence, next.hash());
		}
		return chain;
	}

	private static EntryContent entry(long sequence, Map<String, String> details) {
		return new EntryContent(TENANT, sequence, UUID.fromString("0190d5f0-0000-7000-8000-%012d".formatted(100 + sequence)),
				Instant.parse("2026-12-07T13:20:16.123456789Z"), ActorKind.CLIENT, "shop-app", "api.post", "POST",
				"/api/v1/orders/{id}/refunds", "refund", null, 201, "127.0.0.1", null, EntryContent.detailsOf(details));
	}
}
