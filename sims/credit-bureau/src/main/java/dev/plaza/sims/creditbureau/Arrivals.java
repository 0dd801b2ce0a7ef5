package dev.plaza.sims.creditbureau;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Every question the simulator's endpoint received, by request id, in order of answer. */
final class Arrivals {

	private final Map<String, List<Arrival>> byRequest = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> started = new ConcurrentHashMap<>();

	/**
	 * Counts a question as it arrives, before it is answered, so a retry arriving while a slow first
	 * attempt still waits is known as the second.
	 *
	 * @return how many questions with this request id arrived before this one
	 */
	int arrive(String requestId) {
		return started.computeIfAbsent(requestId, id -> new AtomicInteger()).getAndIncrement();
	}

	void record(Arrival arrival) {
		byRequest.computeIfAbsent(arrival.requestId(), id -> new CopyOnWriteArrayList<>()).add(arrival);
	}

	List<Arrival> of(String requestId) {
		return List.copyOf(byRequest.getOrDefault(requestId, List.of()));
	}

	List<Arrival> all() {
		List<Arrival> all = new ArrayList<>();
		byRequest.values().forEach(all::addAll);
		return List.copyOf(all);
	}
}
