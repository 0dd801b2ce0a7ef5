package dev.plaza.fuzz;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer must be, whatever was sent: an answer at all, as the published document describes it;
 * never a 5xx; each 4xx a complete {@code application/problem+json}; no 2xx for a request that breaks the document.
 */
final class AnswerRules {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnswerRules() {
	}

	/** The rules every answer keeps, whatever was sent. */
	static void judge(Endpoint endpoint, Exchange exchange, Findings findings) {
		int status = exchange.status();
		if (!exchange.undescribed().isEmpty()) {
			findings.add("answer the document does not describe", endpoint.name(), exchange,
					String.join("; ", exchange.undescribed()));
		}
		if (status == 0) {
			findings.add("no answer", endpoint.name(), exchange, exchange.answer());
		}
		else if (status >= 500) {
			findings.add("5xx", endpoint.name(), exchange, "answered " + status);
		}
		else if (status >= 400) {
			String problem = problemDefect(exchange);
			if (problem != null) {
				findings.add("4xx that is not a complete problem+json", endpoint.name(), exchange, problem);
			}
		}
		else if (status / 100 == 2 && exchange.input() != null && !refusedItemByItem(exchange)) {
			findings.add("input that breaks the document accepted", endpoint.name(), exchange,
					"accepted " + exchange.input());
		}
	}

	/**
	 * Whether a batch answered 2xx but refused every item in its {@code result} (the ledger's transfers, as
	 * TigerBeetle answers): nothing was accepted, though the input deserved a 400 of its own.
	 */
	private static boolean refusedItemByItem(Exchange exchange) {
		try {
			JsonNode answer = JSON.readTree(exchange.answer());
			return answer.isArray() && !answer.isEmpty()
					&& answer.valueStream().allMatch(item -> item.path("result").isString()
							&& !List.of("ok", "exists").contains(item.path("result").asString()));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** What is missing from a problem answer, or {@code null} when it is complete. */
	private static String problemDefect(Exchange exchange) {
		if (exchange.contentType() == null || !exchange.contentType().startsWith("application/problem+json")) {
			return "Content-Type " + exchange.contentType();
		}
		JsonNode problem;
		try {
			problem = JSON.readTree(exchange.answer());
		}
		catch (RuntimeException ex) {
			return "body is not JSON";
		}
		List<String> missing = new ArrayList<>();
		for (String member : List.of("type", "title", "detail")) {
			if (!problem.path(member).isString() || problem.path(member).asString().isBlank()) {
				missing.add(member);
			}
		}
		if (!problem.path("status").isIntegralNumber() || problem.path("status").asInt() != exchange.status()) {
			missing.add("status (" + problem.path("status") + ")");
		}
		return missing.isEmpty() ? null : "missing or wrong " + String.join(", ", missing);
	}
}
