package dev.plaza.sims.kyb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every question the simulator received, by request id, in order of arrival. */
final class Arrivals {

	private final Map<String, List<Arrival>> byRequest = new ConcurrentHashMap<>();

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
