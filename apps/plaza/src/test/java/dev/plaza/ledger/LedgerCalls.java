package dev.plaza.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Ledger requests as a partner sends them over HTTP, shared by the ledger tests. */
final class LedgerCalls {

	static final String ACCOUNTS = "/api/v1/ledger/accounts";

	static final String TRANSFERS = "/api/v1/ledger/transfers";

	static final String EUR = "EUR";

	static final String DEBITS_MUST_NOT_EXCEED_CREDITS = "debits_must_not_exceed_credits";

	static final String CREDITS_MUST_NOT_EXCEED_DEBITS = "credits_must_not_exceed_debits";

	static final String HISTORY = "history";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final PlazaClient plaza;

	final String token;

	LedgerCalls(PlazaClient plaza, String token) {
		this.plaza = plaza;
		this.token = token;
	}

	/** A fresh organization's demo tenant with a client holding these scopes. */
	static LedgerCalls newTenant(PlazaClient plaza, String... scopes) {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		return new LedgerCalls(plaza, plaza.tenantCaller(admin, tenantId, scopes).token());
	}

	/** One account object as JSON. */
	static String accountJson(UUID id, String currency, int code, String... flags) {
		ObjectNode account = JSON.createObjectNode();
		if (id != null) {
			account.put("id", id.toString());
		}
		account.put("currency", currency);
		account.put("code", code);
		ArrayNode array = account.putArray("flags");
		for (String flag : flags) {
			array.add(flag);
		}
		return account.toString();
	}

	static String array(Collection<String> jsonElements) {
		return "[" + String.join(",", jsonElements) + "]";
	}

	static String array(String... jsonElements) {
		return array(Arrays.asList(jsonElements));
	}

	/** Opens an EUR account with code 1 and these flags; answers its id. */
	UUID openAccount(String... flags) {
		return openAccountIn(EUR, flags);
	}

	UUID openAccountIn(String currency, String... flags) {
		UUID id = UUID.randomUUID();
		Response created = createAccounts(accountJson(id, currency, 1, flags));
		assertThat(created.status()).as("opening an account: %s", created.text()).isEqualTo(201);
		return id;
	}

	Response createAccounts(String body) {
		return plaza.postJson(ACCOUNTS, token, body);
	}

	Response getAccount(UUID id) {
		return plaza.get(ACCOUNTS + "/" + id, token);
	}

	/** The account's JSON, which must be readable. */
	JsonNode account(UUID id) {
		Response response = getAccount(id);
		assertThat(response.status()).as("reading account %s: %s", id, response.text()).isEqualTo(200);
		return response.json();
	}

	Balances balances(UUID id) {
		return Balances.of(account(id));
	}

	Response get(String path) {
		return plaza.get(path, token);
	}

	Response postTransfers(String body) {
		return plaza.postJson(TRANSFERS, token, body);
	}

	Response send(Transfer... transfers) {
		return postTransfers(Transfer.batch(List.of(transfers)));
	}

	/** Sends the transfers as one batch; answers their results, checking they come one per transfer in order. */
	List<String> results(Transfer... transfers) {
		return results(List.of(transfers));
	}

	List<String> results(List<Transfer> transfers) {
		Response response = postTransfers(Transfer.batch(transfers));
		return results(response, transfers.stream().map(Transfer::id).toList());
	}

	static List<String> results(Response response, List<UUID> ids) {
		assertThat(response.status()).as("posting transfers: %s", response.text()).isEqualTo(200);
		JsonNode outcomes = response.json();
		assertThat(outcomes.isArray()).as("an array of outcomes: %s", response.text()).isTrue();
		assertThat(outcomes.valueStream().map(outcome -> UUID.fromString(outcome.get("id").asString())).toList())
			.as("one outcome per transfer, in request order")
			.isEqualTo(ids);
		return outcomes.valueStream().map(outcome -> outcome.get("result").asString()).toList();
	}

	String result(Transfer transfer) {
		return results(transfer).get(0);
	}

	static String encode(String queryValue) {
		return URLEncoder.encode(queryValue, StandardCharsets.UTF_8);
	}

	/** The next page's cursor, or null on the last page. */
	static String nextCursor(JsonNode page) {
		JsonNode cursor = page.path("nextCursor");
		return cursor.isNull() || cursor.isMissingNode() ? null : cursor.asString();
	}

	/** Every field a problem names, whether in {@code field} or in its {@code errors}. */
	static List<String> namedFields(Response problem) {
		JsonNode body = problem.json();
		List<String> fields = new ArrayList<>();
		if (body.hasNonNull("field")) {
			fields.add(body.get("field").asString());
		}
		if (body.has("errors")) {
			body.get("errors").valueStream().map(error -> error.path("field").asString("")).forEach(fields::add);
		}
		return fields;
	}

	/** An account's four balances, in minor units. */
	record Balances(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {

		static final Balances ZERO = new Balances(0, 0, 0, 0);

		static Balances of(JsonNode account) {
			return new Balances(account.get("debitsPosted").asLong(), account.get("creditsPosted").asLong(),
					account.get("debitsPending").asLong(), account.get("creditsPending").asLong());
		}

		static Balances posted(long debits, long credits) {
			return new Balances(debits, credits, 0, 0);
		}

		static Balances pending(long debits, long credits) {
			return new Balances(0, 0, debits, credits);
		}
	}

	/** A transfer as sent, built field by field; {@link #json()} is its exact wire form. */
	static final class Transfer {

		private final ObjectNode node = JSON.createObjectNode();

		private final UUID id;

		private Transfer(UUID id) {
			this.id = id;
			node.put("id", id.toString());
		}

		static Transfer withId(UUID id) {
			return new Transfer(id);
		}

		static Transfer newTransfer() {
			return new Transfer(UUID.randomUUID());
		}

		/** A plain EUR transfer with code 1. */
		static Transfer of(UUID debit, UUID credit, long amount) {
			return newTransfer().debit(debit).credit(credit).amount(amount).currency(EUR).code(1);
		}

		static Transfer pending(UUID debit, UUID credit, long amount) {
			return of(debit, credit, amount).flags("pending");
		}

		/** Posts the pending transfer in full: no accounts, amount, currency or code. */
		static Transfer post(UUID pendingId) {
			return newTransfer().flags("post_pending").pendingId(pendingId);
		}

		static Transfer voidOf(UUID pendingId) {
			return newTransfer().flags("void_pending").pendingId(pendingId);
		}

		static String batch(Collection<Transfer> transfers) {
			return transfers.stream().map(Transfer::json).collect(Collectors.joining(",", "[", "]"));
		}

		UUID id() {
			return id;
		}

		Transfer debit(UUID account) {
			node.put("debitAccountId", account.toString());
			return this;
		}

		Transfer credit(UUID account) {
			node.put("creditAccountId", account.toString());
			return this;
		}

		Transfer amount(long amount) {
			node.put("amount", amount);
			return this;
		}

		Transfer currency(String currency) {
			node.put("currency", currency);
			return this;
		}

		Transfer code(long code) {
			node.put("code", code);
			return this;
		}

		/** Replaces the flags. */
		Transfer flags(String... flags) {
			ArrayNode array = node.putArray("flags");
			for (String flag : flags) {
				array.add(flag);
			}
			return this;
		}

		Transfer pendingId(UUID pending) {
			node.put("pendingId", pending.toString());
			return this;
		}

		Transfer timeoutSeconds(long seconds) {
			node.put("timeoutSeconds", seconds);
			return this;
		}

		/** Sets any field to a string, even one of the wrong type or an unknown one. */
		Transfer field(String name, String value) {
			node.put(name, value);
			return this;
		}

		/** Sets any field to a JSON literal, such as {@code 2.99} or {@code true}. */
		Transfer literal(String name, String json) {
			node.set(name, JSON.readTree(json));
			return this;
		}

		Transfer without(String field) {
			node.remove(field);
			return this;
		}

		String json() {
			return node.toString();
		}

		@Override
		public String toString() {
			return json();
		}
	}
}
