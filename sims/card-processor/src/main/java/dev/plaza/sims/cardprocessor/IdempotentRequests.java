package dev.plaza.sims.cardprocessor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * Honours {@code Idempotency-Key} as Stripe does: the first answer to a key is kept and given again to
 * every later request with the same key and the same parameters, which therefore never creates a
 * second charge or refund. A request racing the first waits for its answer; the same key with other
 * parameters is refused. Answers to invalid requests are not kept, so a corrected request may reuse
 * the key. (A declined charge is an answer, not a refusal of the request: it is kept.)
 */
final class IdempotentRequests {

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	Answer answer(String scope, String key, JsonNode params, Supplier<Answer> work) {
		if (key == null) {
			return work.get();
		}
		String scoped = scope + " " + key;
		Entry fresh = new Entry(params, new CompletableFuture<>());
		Entry existing = entries.putIfAbsent(scoped, fresh);
		if (existing != null) {
			if (!existing.params().equals(params)) {
				throw new ApiError(400, "idempotency_error", "idempotency_key_in_use", "Keys for idempotent requests can only "
						+ "be used with the same parameters they were first used with.", null, null, null);
			}
			try {
				return existing.answer().join().replayed();
			}
			catch (CompletionException failed) {
				throw (ApiError) failed.getCause();
			}
		}
		try {
			Answer answer = work.get();
			fresh.answer().complete(answer);
			return answer;
		}
		catch (ApiError refused) {
			entries.remove(scoped, fresh);
			fresh.answer().completeExceptionally(refused);
			throw refused;
		}
	}

	private record Entry(JsonNode params, CompletableFuture<Answer> answer) {
	}
}
