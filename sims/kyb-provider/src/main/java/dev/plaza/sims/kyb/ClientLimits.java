package dev.plaza.sims.kyb;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts each client's verifications in flight, refuses those over the limit, and remembers the peak. */
final class ClientLimits {

	private final int max;

	private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	private final Map<String, Integer> peaks = new ConcurrentHashMap<>();

	ClientLimits(int max) {
		this.max = max;
	}

	/** Admits one more verification of the client, or refuses it when the client is at its limit. */
	boolean tryEnter(String client) {
		AtomicInteger count = inFlight.computeIfAbsent(client, key -> new AtomicInteger());
		int now = count.incrementAndGet();
		if (now > max) {
			count.decrementAndGet();
			return false;
		}
		peaks.merge(client, now, Math::max);
		return true;
	}

	void leave(String client) {
		inFlight.get(client).decrementAndGet();
	}

	/** The most verifications the client had admitted at once. */
	int peak(String client) {
		return peaks.getOrDefault(client, 0);
	}
}
