package dev.plaza.sims.creditbureau;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answers given, by request id, and the inquiries they counted, by national id. An inquiry is counted
 * once per request id, when it is first answered: a caller retrying after a fault or a timeout leaves no
 * second mark on the person's file.
 */
final class Inquiries {

	private final Map<String, Answer> byRequest = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> byPerson = new ConcurrentHashMap<>();

	/** The answer already given to this request id, if any. */
	Optional<Answer> answered(String requestId) {
		return Optional.ofNullable(byRequest.get(requestId));
	}

	/**
	 * Answers the request id from the person's file, counting the inquiry, unless it was answered
	 * meanwhile (two attempts of one request in flight at once): then the first answer stands.
	 */
	Answer answer(String requestId, String nationalId) {
		return byRequest.computeIfAbsent(requestId, id -> {
			int earlier = byPerson.computeIfAbsent(nationalId, person -> new AtomicInteger()).getAndIncrement();
			return CreditFile.of(nationalId)
				.<Answer>map(file -> new Answer.Report(nationalId, file, earlier))
				.orElseGet(() -> new Answer.NoFile(nationalId));
		});
	}

	int of(String nationalId) {
		AtomicInteger count = byPerson.get(nationalId);
		return count == null ? 0 : count.get();
	}
}
