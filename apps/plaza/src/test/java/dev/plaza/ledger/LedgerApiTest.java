package dev.plaza.ledger;

import static dev.plaza.ledger.LedgerCalls.ACCOUNTS;
import static dev.plaza.ledger.LedgerCalls.CREDITS_MUST_NOT_EXCEED_DEBITS;
import static dev.plaza.ledger.LedgerCalls.DEBITS_MUST_NOT_EXCEED_CREDITS;
import static dev.plaza.ledger.LedgerCalls.HISTORY;
import static dev.plaza.ledger.LedgerCalls.TRANSFERS;
import static dev.plaza.ledger.LedgerCalls.accountJson;
import static dev.plaza.ledger.LedgerCalls.array;
import static dev.plaza.ledger.LedgerCalls.encode;
import static dev.plaza.ledger.LedgerCalls.namedFields;
import static dev.plaza.ledger.LedgerCalls.nextCursor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.plaza.ledger.LedgerCalls.Balances;
import dev.plaza.ledger.LedgerCalls.Transfer;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The ledger API as a partner sees it: opening accounts (one or many, idempotently by id), moving
 * money between them with batches of transfers that answer one result per transfer, account limits,
 * overflow protection, two-phase (pending, post, void, expiry) transfers, linked chains that succeed
 * or fail as one, the batch and input rules, tenant isolation and scopes, and reading an account's
 * transfers and balance history page by page.
 */
@PlazaTest
class LedgerApiTest {

	@Autowired
	PlazaClient plaza;

	String admin;

	String tenantId;

	LedgerCalls ledger;

	@BeforeEach
	void aTenantClientWithLedgerScopes() {
		admin = plaza.adminToken();
		tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		ledger = new LedgerCalls(plaza, plaza.tenantCaller(admin, tenantId, "ledger:read", "ledger:write").token());
	}

	// Accounts

	@Test
	void openingAnAccountAnswers201WithItsLocationAndZeroBalances() {
		UUID id = UUID.randomUUID();

		Response created = ledger.createAccounts("{\"id\":\"" + id + "\",\"currency\":\"EUR\",\"code\":718,"
				+ "\"flags\":[\"debits_must_not_exceed_credits\",\"history\"],\"metadata\":{\"owner\":\"alice\",\"tier\":2}}");

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/ledger/accounts/" + id);
		JsonNode account = created.json();
		assertThat(account.get("id").asString()).isEqualTo(id.toString());
		assertThat(account.get("currency").asString()).isEqualTo("EUR");
		assertThat(account.get("code").asLong()).isEqualTo(718);
		assertThat(account.get("flags").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder(DEBITS_MUST_NOT_EXCEED_CREDITS, HISTORY);
		assertThat(account.get("metadata").get("owner").asString()).isEqualTo("alice");
		assertThat(account.get("metadata").get("tier").asLong()).isEqualTo(2);
		assertThat(Balances.of(account)).isEqualTo(Balances.ZERO);
		assertThat(Instant.parse(account.get("createdAt").asString())).isBefore(Instant.now().plusSeconds(60));

		Response read = ledger.get(created.header("Location"));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(account);
	}

	@Test
	void anAccountWithoutMetadataOrFlagsReadsBackWithEmptyFlags() {
		UUID id = UUID.randomUUID();

		Response created = ledger.createAccounts("{\"id\":\"" + id + "\",\"currency\":\"JPY\",\"code\":1}");

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode account = ledger.account(id);
		assertThat(account.get("currency").asString()).isEqualTo("JPY");
		assertThat(account.get("flags").isArray()).isTrue();
		assertThat(account.get("flags").size()).isZero();
		assertThat(account.path("metadata").isNull() || account.path("metadata").isMissingNode())
			.as("no metadata reads as null: %s", account)
			.isTrue();
	}

	@Test
	void theServerGivesAnAccountWithoutIdAVersion7Id() {
		Response created = ledger.createAccounts("{\"currency\":\"EUR\",\"code\":1}");

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().get("id").asString());
		assertThat(id.version()).isEqualTo(7);
		assertThat(created.header("Location")).isEqualTo("/api/v1/ledger/accounts/" + id);
		assertThat(ledger.account(id).get("id").asString()).isEqualTo(id.toString());
	}

	@Test
	void openingAnExistingAccountAgainAnswersItButDifferentFieldsAreA409() {
		UUID id = UUID.randomUUID();
		String body = accountJson(id, "EUR", 5, DEBITS_MUST_NOT_EXCEED_CREDITS);
		Response first = ledger.createAccounts(body);

		Response same = ledger.createAccounts(body);
		Response differentCode = ledger.createAccounts(accountJson(id, "EUR", 6, DEBITS_MUST_NOT_EXCEED_CREDITS));
		Response differentCurrency = ledger.createAccounts(accountJson(id, "USD", 5, DEBITS_MUST_NOT_EXCEED_CREDITS));

		assertThat(first.status()).isEqualTo(201);
		assertThat(same.status()).as(same.text()).isEqualTo(200);
		assertThat(same.json().get("id").asString()).isEqualTo(id.toString());
		assertThat(same.json().get("code").asLong()).isEqualTo(5);
		assertThat(differentCode.status()).as(differentCode.text()).isEqualTo(409);
		assertThat(differentCode.problemType()).isEqualTo("account-exists-with-different-fields");
		assertThat(differentCurrency.status()).isEqualTo(409);
		assertThat(differentCurrency.problemType()).isEqualTo("account-exists-with-different-fields");
		assertThat(ledger.account(id).get("code").asLong()).as("the first account is kept").isEqualTo(5);
		assertThat(ledger.account(id).get("currency").asString()).isEqualTo("EUR");
	}

	@Test
	void openingManyAccountsAnswersOneOutcomePerAccountInRequestOrder() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID c = UUID.randomUUID();
		String batch = array(accountJson(a, "EUR", 1), accountJson(b, "USD", 2, HISTORY), accountJson(c, "EUR", 3));

		Response created = ledger.createAccounts(batch);
		Response repeated = ledger.createAccounts(batch);
		UUID d = UUID.randomUUID();
		Response mixed = ledger.createAccounts(
				array(accountJson(d, "EUR", 1), accountJson(a, "EUR", 1), accountJson(b, "USD", 99, HISTORY)));

		assertThat(outcomes(created)).containsExactly(a + " ok", b + " ok", c + " ok");
		assertThat(outcomes(repeated)).containsExactly(a + " exists", b + " exists", c + " exists");
		assertThat(outcomes(mixed)).containsExactly(d + " ok", a + " exists", b + " exists_with_different_fields");
		assertThat(ledger.account(b).get("currency").asString()).isEqualTo("USD");
		assertThat(ledger.account(b).get("code").asLong()).as("the first account is kept").isEqualTo(2);
		assertThat(ledger.account(c).get("code").asLong()).isEqualTo(3);
		assertThat(ledger.account(d).get("code").asLong()).isEqualTo(1);
	}

	static Stream<Arguments> badAccounts() {
		return Stream.of(
				Arguments.of("a lower-case currency", "{\"currency\":\"usd\",\"code\":1}", "currency"),
				Arguments.of("a four-letter currency", "{\"currency\":\"EURO\",\"code\":1}", "currency"),
				Arguments.of("no currency", "{\"code\":1}", "currency"),
				Arguments.of("code zero", "{\"currency\":\"EUR\",\"code\":0}", "code"),
				Arguments.of("a negative code", "{\"currency\":\"EUR\",\"code\":-4}", "code"),
				Arguments.of("no code", "{\"currency\":\"EUR\"}", "code"),
				Arguments.of("an unknown flag", "{\"currency\":\"EUR\",\"code\":1,\"flags\":[\"overdraft\"]}", "flags"),
				Arguments.of("both limit flags", "{\"currency\":\"EUR\",\"code\":1,\"flags\":"
						+ "[\"debits_must_not_exceed_credits\",\"credits_must_not_exceed_debits\"]}", "flags"));
	}

	@ParameterizedTest(name = "an account with {0} is refused")
	@MethodSource("badAccounts")
	void aBadAccountIsRefusedNamingTheFieldAndNothingIsCreated(String what, String fields, String field) {
		UUID id = UUID.randomUUID();
		String body = "{\"id\":\"" + id + "\"," + fields.substring(1);

		Response refused = ledger.createAccounts(body);

		assertValidationProblem(refused, field);
		assertThat(ledger.getAccount(id).status()).as("nothing was created").isEqualTo(404);
	}

	@Test
	void aBadAccountInAnArrayRefusesTheWholeArray() {
		UUID good = UUID.randomUUID();
		UUID bad = UUID.randomUUID();

		Response refused = ledger.createAccounts(array(accountJson(good, "EUR", 1), accountJson(bad, "eur", 1)));

		assertValidationProblem(refused, "currency");
		assertThat(ledger.getAccount(good).status()).as("nothing of the array was created").isEqualTo(404);
		assertThat(ledger.getAccount(bad).status()).isEqualTo(404);
	}

	@Test
	void anEmptyArrayOfAccountsIsRefused() {
		Response refused = ledger.createAccounts("[]");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
	}

	@Test
	void aBatchWithManyBadItemsNamesTheFirstFiveInTheDetailAndListsEveryOneInErrors() {
		List<String> accounts = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			accounts.add(accountJson(UUID.randomUUID(), "eur", 1));
		}
		String reason = "must be an ISO 4217 code of three capital letters, such as EUR";

		Response refused = ledger.createAccounts(array(accounts));

		assertProblem(refused, 400, "validation");
		assertThat(refused.json().get("detail").asString()).isEqualTo("Fix these fields and retry: [0].currency " + reason
				+ "; [1].currency " + reason + "; [2].currency " + reason + "; [3].currency " + reason + "; [4].currency "
				+ reason + ".");
		assertThat(refused.json().get("errors").valueStream().map(error -> error.propertyNames()))
			.as("each error is a field and its reason, nothing more")
			.allSatisfy(names -> assertThat(names).containsExactlyInAnyOrder("field", "reason"));
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactly("[0].currency", "[1].currency", "[2].currency", "[3].currency", "[4].currency", "[5].currency",
					"[6].currency");
	}

	// Transfers

	@Test
	void aTransferMovesMoneyFromTheDebitToTheCreditAccount() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		UUID bystander = ledger.openAccount();

		assertThat(ledger.result(Transfer.of(from, to, 12_345))).isEqualTo("ok");

		assertThat(ledger.balances(from)).isEqualTo(Balances.posted(12_345, 0));
		assertThat(ledger.balances(to)).isEqualTo(Balances.posted(0, 12_345));
		assertThat(ledger.balances(bystander)).isEqualTo(Balances.ZERO);
	}

	@Test
	void aRetriedTransferIsAnsweredExistsAndAppliedOnce() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer transfer = Transfer.of(from, to, 250);

		String first = ledger.result(transfer);
		String retry = ledger.result(transfer);
		List<String> retriedWithANewOne = ledger.results(transfer, Transfer.of(from, to, 1));

		assertThat(first).isEqualTo("ok");
		assertThat(retry).isEqualTo("exists");
		assertThat(retriedWithANewOne).containsExactly("exists", "ok");
		assertThat(ledger.balances(from)).isEqualTo(Balances.posted(251, 0));
		assertThat(ledger.balances(to)).isEqualTo(Balances.posted(0, 251));
	}

	@Test
	void reusingATransferIdForDifferentFieldsIsRefusedAndChangesNothing() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		UUID id = UUID.randomUUID();
		assertThat(ledger.result(Transfer.withId(id).debit(from).credit(to).amount(100).currency("EUR").code(1)))
			.isEqualTo("ok");

		String otherAmount = ledger.result(Transfer.withId(id).debit(from).credit(to).amount(101).currency("EUR").code(1));
		String otherDirection = ledger.result(Transfer.withId(id).debit(to).credit(from).amount(100).currency("EUR").code(1));

		assertThat(otherAmount).isEqualTo("exists_with_different_fields");
		assertThat(otherDirection).isEqualTo("exists_with_different_fields");
		assertThat(ledger.balances(from)).isEqualTo(Balances.posted(100, 0));
		assertThat(ledger.balances(to)).isEqualTo(Balances.posted(0, 100));
	}

	@Test
	void aTransferNeedsTwoDifferentAccounts() {
		UUID account = ledger.openAccount();

		assertThat(ledger.result(Transfer.of(account, account, 10))).isEqualTo("accounts_must_be_different");
		assertThat(ledger.balances(account)).isEqualTo(Balances.ZERO);
	}

	@Test
	void unknownAccountsAndAnotherTenantsAccountsAreNotFound() {
		UUID mine = ledger.openAccount();
		LedgerCalls other = LedgerCalls.newTenant(plaza, "ledger:read", "ledger:write");
		UUID theirs = other.openAccount();

		List<String> results = ledger.results(Transfer.of(mine, UUID.randomUUID(), 10),
				Transfer.of(UUID.randomUUID(), mine, 10), Transfer.of(mine, theirs, 10), Transfer.of(theirs, mine, 10));

		assertThat(results).containsOnly("account_not_found").hasSize(4);
		assertThat(ledger.balances(mine)).isEqualTo(Balances.ZERO);
		assertThat(other.balances(theirs)).isEqualTo(Balances.ZERO);
	}

	@Test
	void theTransferAndBothAccountsMustShareOneCurrency() {
		UUID euros = ledger.openAccountIn("EUR");
		UUID moreEuros = ledger.openAccountIn("EUR");
		UUID dollars = ledger.openAccountIn("USD");

		List<String> results = ledger.results(Transfer.of(euros, moreEuros, 10).currency("USD"),
				Transfer.of(euros, dollars, 10).currency("EUR"), Transfer.of(euros, dollars, 10).currency("USD"),
				Transfer.of(dollars, euros, 10).currency("USD"));

		assertThat(results).containsExactly("currencies_must_match", "currencies_must_match", "currencies_must_match",
				"currencies_must_match");
		assertThat(ledger.balances(euros)).isEqualTo(Balances.ZERO);
		assertThat(ledger.balances(dollars)).isEqualTo(Balances.ZERO);
	}

	@Test
	void zeroAndNegativeAmountsAreRefused() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();

		List<String> results = ledger.results(Transfer.of(from, to, 0), Transfer.of(from, to, -5),
				Transfer.pending(from, to, 0), Transfer.pending(from, to, -1));

		assertThat(results).containsExactly("amount_must_be_positive", "amount_must_be_positive",
				"amount_must_be_positive", "amount_must_be_positive");
		assertThat(ledger.balances(from)).isEqualTo(Balances.ZERO);
		assertThat(ledger.balances(to)).isEqualTo(Balances.ZERO);
	}

	@Test
	void aTransferWithCodeZeroIsRefused() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();

		assertThat(ledger.result(Transfer.of(from, to, 10).code(0))).isEqualTo("code_must_not_be_zero");
		assertThat(ledger.balances(from)).isEqualTo(Balances.ZERO);
	}

	@Test
	void anAccountThatMustNotOverdrawCannotDebitMoreThanItsCredits() {
		UUID source = ledger.openAccount();
		UUID wallet = ledger.openAccount(DEBITS_MUST_NOT_EXCEED_CREDITS);
		UUID shop = ledger.openAccount();

		String unfunded = ledger.result(Transfer.of(wallet, shop, 1));
		ledger.result(Transfer.of(source, wallet, 100));
		String tooMuch = ledger.result(Transfer.of(wallet, shop, 101));
		String reserved = ledger.result(Transfer.pending(wallet, shop, 60));
		String tooMuchWithTheReservation = ledger.result(Transfer.of(wallet, shop, 41));
		String exactlyTheRest = ledger.result(Transfer.of(wallet, shop, 40));

		assertThat(unfunded).isEqualTo("exceeds_credits");
		assertThat(tooMuch).isEqualTo("exceeds_credits");
		assertThat(reserved).isEqualTo("ok");
		assertThat(tooMuchWithTheReservation).as("pending debits count against the limit").isEqualTo("exceeds_credits");
		assertThat(exactlyTheRest).isEqualTo("ok");
		assertThat(ledger.balances(wallet)).isEqualTo(new Balances(40, 100, 60, 0));
		assertThat(ledger.balances(shop)).isEqualTo(new Balances(0, 40, 0, 60));
	}

	@Test
	void anAccountWhoseCreditsMustNotExceedDebitsRefusesCreditsBeyondThem() {
		UUID source = ledger.openAccount();
		UUID loan = ledger.openAccount(CREDITS_MUST_NOT_EXCEED_DEBITS);

		String creditFirst = ledger.result(Transfer.of(source, loan, 1));
		String disbursed = ledger.result(Transfer.of(loan, source, 100));
		String repaid = ledger.result(Transfer.of(source, loan, 100));
		String overpaid = ledger.result(Transfer.of(source, loan, 1));

		assertThat(creditFirst).isEqualTo("exceeds_debits");
		assertThat(disbursed).isEqualTo("ok");
		assertThat(repaid).isEqualTo("ok");
		assertThat(overpaid).isEqualTo("exceeds_debits");
		assertThat(ledger.balances(loan)).isEqualTo(Balances.posted(100, 100));
	}

	@Test
	void aBalanceCannotGoBeyondTheLargest64BitInteger() {
		UUID issuer = ledger.openAccount();
		UUID rich = ledger.openAccount();
		UUID other = ledger.openAccount();
		assertThat(ledger.result(Transfer.of(issuer, rich, Long.MAX_VALUE - 10))).isEqualTo("ok");

		String creditsOverflow = ledger.result(Transfer.of(other, rich, 11));
		String debitsOverflow = ledger.result(Transfer.of(issuer, other, 11));

		assertThat(creditsOverflow).isEqualTo("overflows_credits");
		assertThat(debitsOverflow).isEqualTo("overflows_debits");
		assertThat(ledger.balances(rich)).isEqualTo(Balances.posted(0, Long.MAX_VALUE - 10));
		assertThat(ledger.balances(issuer)).isEqualTo(Balances.posted(Long.MAX_VALUE - 10, 0));
		assertThat(ledger.balances(other)).isEqualTo(Balances.ZERO);

		assertThat(ledger.result(Transfer.of(other, rich, 10))).as("reaching the largest value exactly is fine")
			.isEqualTo("ok");
		assertThat(ledger.balances(rich)).isEqualTo(Balances.posted(0, Long.MAX_VALUE));
	}

	@Test
	void aPendingTransferThatCouldNeverBePostedIsRefusedUpFront() {
		UUID spender = ledger.openAccount();
		UUID payee = ledger.openAccount();
		UUID reserved = ledger.openAccount();
		assertThat(ledger.result(Transfer.of(spender, payee, Long.MAX_VALUE))).isEqualTo("ok");
		assertThat(ledger.result(Transfer.pending(payee, reserved, Long.MAX_VALUE))).isEqualTo("ok");

		String debits = ledger.result(Transfer.pending(spender, payee, 5));
		String creditsPending = ledger.result(Transfer.pending(spender, reserved, 5));
		String credits = ledger.result(Transfer.of(ledger.openAccount(), reserved, 5));

		assertThat(debits).as("debitsPosted is 2^63-1: posting 5 more could never succeed").isEqualTo("overflows_debits");
		assertThat(creditsPending).isEqualTo("overflows_credits_pending");
		assertThat(credits).isEqualTo("overflows_credits");
		assertThat(ledger.balances(spender)).isEqualTo(Balances.posted(Long.MAX_VALUE, 0));
		assertThat(ledger.balances(reserved)).isEqualTo(Balances.pending(0, Long.MAX_VALUE));
	}

	@Test
	void aFractionalOrQuotedAmountIsRefusedNotTruncated() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();

		Response fractional = ledger.send(Transfer.of(from, to, 10).literal("amount", "2.99"));
		Response quoted = ledger.send(Transfer.of(from, to, 10).literal("amount", "\"1250\""));
		Response beyondLong = ledger.send(Transfer.of(from, to, 10).literal("amount", "99999999999999999999"));
		Response fractionalCode = ledger.send(Transfer.of(from, to, 10).literal("code", "1.5"));

		for (Response refused : List.of(fractional, quoted, beyondLong)) {
			assertProblem(refused, 400, "validation");
			assertThat(refused.json().get("field").asString()).isEqualTo("[0].amount");
			assertThat(namedFields(refused)).containsOnly("[0].amount");
		}
		assertProblem(fractionalCode, 400, "validation");
		assertThat(fractionalCode.json().get("field").asString()).isEqualTo("[0].code");
		assertThat(ledger.balances(from)).isEqualTo(Balances.ZERO);
	}

	@Test
	void aNullBodyOrANulCharacterInMetadataIsA400() {
		UUID id = UUID.randomUUID();

		Response nullBody = ledger.createAccounts("null");
		Response nulInMetadata = ledger.createAccounts(
				"{\"id\":\"" + id + "\",\"currency\":\"EUR\",\"code\":1,\"metadata\":{\"notes\":[\"a\\u0000b\"]}}");
		Response nulInKey = ledger.createAccounts(
				"{\"id\":\"" + id + "\",\"currency\":\"EUR\",\"code\":1,\"metadata\":{\"a\\u0000\":1}}");

		assertProblem(nullBody, 400, "validation");
		assertProblem(nulInMetadata, 400, "validation");
		assertThat(nulInMetadata.json().get("field").asString()).isEqualTo("metadata.notes[0]");
		assertProblem(nulInKey, 400, "validation");
		assertThat(nulInKey.json().get("field").asString()).startsWith("metadata.a");
		assertThat(ledger.getAccount(id).status()).isEqualTo(404);
	}

	// Two-phase transfers

	@Test
	void aPendingTransferReservesAndItsPostMovesTheFullAmount() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer pending = Transfer.pending(from, to, 500);

		assertThat(ledger.result(pending)).isEqualTo("ok");
		assertThat(ledger.balances(from)).isEqualTo(Balances.pending(500, 0));
		assertThat(ledger.balances(to)).isEqualTo(Balances.pending(0, 500));

		assertThat(ledger.result(Transfer.post(pending.id()))).isEqualTo("ok");
		assertThat(ledger.balances(from)).isEqualTo(Balances.posted(500, 0));
		assertThat(ledger.balances(to)).isEqualTo(Balances.posted(0, 500));
	}

	@Test
	void postingWithAmountZeroPostsTheFullPendingAmount() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer pending = Transfer.pending(from, to, 70);
		ledger.result(pending);

		assertThat(ledger.result(Transfer.post(pending.id()).amount(0))).isEqualTo("ok");

		assertThat(ledger.balances(from)).isEqualTo(Balances.posted(70, 0));
		assertThat(ledger.balances(to)).isEqualTo(Balances.posted(0, 70));
	}

	@Test
	void aPartialPostMovesLessAndReleasesTheRest() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer pending = Transfer.pending(from, to, 500);
		ledger.result(pending);

		assertThat(ledger.result(Transfer.post(pending.id()).amount(180))).isEqualTo("ok");

		assertThat(ledger.balances(from)).isEqualTo(Balances.posted(180, 0));
		assertThat(ledger.balances(to)).isEqualTo(Balances.posted(0, 180));
	}

	@Test
	void postingMoreThanWasPendingIsRefused() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer pending = Transfer.pending(from, to, 100);
		ledger.result(pending);

		assertThat(ledger.result(Transfer.post(pending.id()).amount(101))).isEqualTo("exceeds_pending_transfer_amount");

		assertThat(ledger.balances(from)).isEqualTo(Balances.pending(100, 0));
	}

	@Test
	void voidingAPendingTransferReleasesItsAmount() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer pending = Transfer.pending(from, to, 300);
		ledger.result(pending);

		assertThat(ledger.result(Transfer.voidOf(pending.id()))).isEqualTo("ok");

		assertThat(ledger.balances(from)).isEqualTo(Balances.ZERO);
		assertThat(ledger.balances(to)).isEqualTo(Balances.ZERO);
		assertThat(ledger.result(Transfer.post(pending.id()))).isEqualTo("pending_transfer_already_voided");
		assertThat(ledger.balances(to)).isEqualTo(Balances.ZERO);
	}

	@Test
	void aPendingTransferIsPostedOnlyOnceAndCannotBeVoidedAfterwards() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer pending = Transfer.pending(from, to, 400);
		ledger.result(pending);
		ledger.result(Transfer.post(pending.id()));

		String postedAgain = ledger.result(Transfer.post(pending.id()));
		String voidedAfter = ledger.result(Transfer.voidOf(pending.id()));

		assertThat(postedAgain).isEqualTo("pending_transfer_already_posted");
		assertThat(voidedAfter).isEqualTo("pending_transfer_already_posted");
		assertThat(ledger.balances(from)).isEqualTo(Balances.posted(400, 0));
		assertThat(ledger.balances(to)).isEqualTo(Balances.posted(0, 400));
	}

	@Test
	void postingOrVoidingNeedsAnExistingPendingTransfer() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer plain = Transfer.of(from, to, 10);
		ledger.result(plain);

		List<String> results = ledger.results(Transfer.post(UUID.randomUUID()), Transfer.voidOf(UUID.randomUUID()),
				Transfer.newTransfer().flags("post_pending"), Transfer.newTransfer().flags("void_pending"),
				Transfer.post(plain.id()), Transfer.voidOf(plain.id()));

		assertThat(results).containsExactly("pending_transfer_not_found", "pending_transfer_not_found",
				"pending_id_required", "pending_id_required", "pending_transfer_not_pending",
				"pending_transfer_not_pending");
		assertThat(ledger.balances(from)).isEqualTo(Balances.posted(10, 0));
	}

	@Test
	void contradictoryFlagsAndATimeoutOnANonPendingTransferAreRefused() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer pending = Transfer.pending(from, to, 50);
		ledger.result(pending);

		List<String> results = ledger.results(
				Transfer.of(from, to, 10).flags("pending", "post_pending").pendingId(pending.id()),
				Transfer.post(pending.id()).flags("post_pending", "void_pending"),
				Transfer.of(from, to, 10).timeoutSeconds(30));

		assertThat(results).containsExactly("flags_are_mutually_exclusive", "flags_are_mutually_exclusive",
				"timeout_reserved_for_pending_transfer");
		assertThat(ledger.balances(from)).isEqualTo(Balances.pending(50, 0));
	}

	@Test
	void aPendingTransferWithATimeoutLapsesByItself() throws InterruptedException {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		Transfer pending = Transfer.pending(from, to, 75).timeoutSeconds(1);

		assertThat(ledger.result(pending)).isEqualTo("ok");
		assertThat(ledger.balances(from)).isEqualTo(Balances.pending(75, 0));

		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!(ledger.balances(from).equals(Balances.ZERO) && ledger.balances(to).equals(Balances.ZERO))
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}

		assertThat(ledger.balances(from)).as("released without any request").isEqualTo(Balances.ZERO);
		assertThat(ledger.balances(to)).isEqualTo(Balances.ZERO);
		assertThat(ledger.result(Transfer.post(pending.id()))).isEqualTo("pending_transfer_expired");
		assertThat(ledger.result(Transfer.voidOf(pending.id()))).isEqualTo("pending_transfer_expired");
		assertThat(ledger.balances(to)).isEqualTo(Balances.ZERO);
	}

	// Linked chains and batches

	@Test
	void aLinkedChainFailsAsOneWhileTheRestOfTheBatchGoesThrough() {
		UUID a = ledger.openAccount();
		UUID b = ledger.openAccount();
		UUID broke = ledger.openAccount(DEBITS_MUST_NOT_EXCEED_CREDITS);

		List<String> results = ledger.results(Transfer.of(a, b, 3), Transfer.of(a, b, 10).flags("linked"),
				Transfer.of(broke, b, 5), Transfer.of(a, b, 7));

		assertThat(results).containsExactly("ok", "linked_event_failed", "exceeds_credits", "ok");
		assertThat(ledger.balances(a)).as("only the transfers outside the chain").isEqualTo(Balances.posted(10, 0));
		assertThat(ledger.balances(b)).isEqualTo(Balances.posted(0, 10));
		assertThat(ledger.balances(broke)).isEqualTo(Balances.ZERO);
	}

	@Test
	void aLinkedChainThatHoldsAppliesEveryTransfer() {
		UUID a = ledger.openAccount();
		UUID b = ledger.openAccount(DEBITS_MUST_NOT_EXCEED_CREDITS);
		UUID c = ledger.openAccount();

		List<String> results = ledger.results(Transfer.of(a, b, 10).flags("linked"), Transfer.of(b, c, 10).flags("linked"),
				Transfer.of(c, a, 4));

		assertThat(results).containsExactly("ok", "ok", "ok");
		assertThat(ledger.balances(a)).isEqualTo(Balances.posted(10, 4));
		assertThat(ledger.balances(b)).isEqualTo(Balances.posted(10, 10));
		assertThat(ledger.balances(c)).isEqualTo(Balances.posted(4, 10));
	}

	@Test
	void aBatchEndingInsideAChainAppliesNothingOfThatChain() {
		UUID a = ledger.openAccount();
		UUID b = ledger.openAccount();
		UUID c = ledger.openAccount();

		List<String> results = ledger.results(Transfer.of(a, b, 3), Transfer.of(a, b, 10).flags("linked"),
				Transfer.of(b, c, 10).flags("linked"));

		assertThat(results.get(0)).isEqualTo("ok");
		assertThat(results.get(1)).isIn("linked_event_failed", "linked_event_chain_open");
		assertThat(results.get(2)).isEqualTo("linked_event_chain_open");
		assertThat(ledger.balances(a)).isEqualTo(Balances.posted(3, 0));
		assertThat(ledger.balances(b)).isEqualTo(Balances.posted(0, 3));
		assertThat(ledger.balances(c)).isEqualTo(Balances.ZERO);
	}

	@Test
	void aBatchOfMoreThan8000TransfersIsTooLarge() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		List<Transfer> transfers = new ArrayList<>();
		for (int i = 0; i < 8_001; i++) {
			transfers.add(Transfer.of(a, b, 1));
		}

		Response refused = ledger.postTransfers(Transfer.batch(transfers));

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemType()).isIn("batch-too-large", "payload-too-large");
	}

	@Test
	void anEmptyBatchIsRefused() {
		Response refused = ledger.postTransfers("[]");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
	}

	@Test
	void malformedJsonIsRefused() {
		Response transfers = ledger.postTransfers("[{\"id\": \"" + UUID.randomUUID() + "\", ");
		Response accounts = ledger.createAccounts("{\"currency\": \"EUR\", ");

		assertProblem(transfers, 400, "malformed-json");
		assertProblem(accounts, 400, "malformed-json");
	}

	@Test
	void unknownFieldsAreRefusedByNameAndNothingIsApplied() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();
		UUID account = UUID.randomUUID();

		Response transfer = ledger.send(Transfer.of(from, to, 10).field("memo", "rent"));
		Response opened = ledger.createAccounts("{\"id\":\"" + account + "\",\"currency\":\"EUR\",\"code\":1,\"owner\":\"me\"}");

		assertProblem(transfer, 400, "unknown-field");
		assertThat(transfer.json().get("field").asString()).endsWith("memo");
		assertProblem(opened, 400, "unknown-field");
		assertThat(opened.json().get("field").asString()).endsWith("owner");
		assertThat(ledger.balances(from)).isEqualTo(Balances.ZERO);
		assertThat(ledger.getAccount(account).status()).isEqualTo(404);
	}

	@Test
	void aMalformedIdOrAWronglyTypedFieldInATransferIsA400NamingTheField() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();

		Response badUuid = ledger.send(Transfer.of(from, to, 10).field("debitAccountId", "not-a-uuid"));
		Response badAmount = ledger.send(Transfer.of(from, to, 10).field("amount", "ten"));

		assertThat(badUuid.status()).as(badUuid.text()).isEqualTo(400);
		assertThat(badUuid.problemType()).isEqualTo("validation");
		assertThat(namedFields(badUuid)).anySatisfy(field -> assertThat(field).contains("debitAccountId"));
		assertProblem(badAmount, 400, "validation");
		assertThat(badAmount.json().get("field").asString()).contains("amount");
		assertThat(ledger.balances(from)).isEqualTo(Balances.ZERO);
	}

	@Test
	void aTransferWithoutAnIdIsRefusedAndTheBatchIsNotApplied() {
		UUID from = ledger.openAccount();
		UUID to = ledger.openAccount();

		Response refused = ledger.send(Transfer.of(from, to, 10), Transfer.of(from, to, 20).without("id"));

		assertValidationProblem(refused, "id");
		assertThat(namedFields(refused)).anySatisfy(field -> assertThat(field).matches("(.*[.\\]])?id"));
		assertThat(ledger.balances(from)).isEqualTo(Balances.ZERO);
	}

	// Isolation and scopes

	@Test
	void anotherTenantsAccountAnswersExactlyLikeAMissingOne() {
		LedgerCalls other = LedgerCalls.newTenant(plaza, "ledger:read", "ledger:write");
		UUID theirs = other.openAccount(HISTORY);

		Response read = ledger.getAccount(theirs);
		Response missing = ledger.getAccount(UUID.randomUUID());
		Response theirTransfers = ledger.get(ACCOUNTS + "/" + theirs + "/transfers");
		Response theirBalances = ledger.get(ACCOUNTS + "/" + theirs + "/balances");
		Response malformed = ledger.get(ACCOUNTS + "/not-a-uuid");

		assertProblem(read, 404, "not-found");
		assertProblem(missing, 404, "not-found");
		assertThat(read.json().get("title")).isEqualTo(missing.json().get("title"));
		assertProblem(theirTransfers, 404, "not-found");
		assertProblem(theirBalances, 404, "not-found");
		assertProblem(malformed, 400, "invalid-parameter");
		assertThat(other.getAccount(theirs).status()).as("the owner still reads it").isEqualTo(200);
	}

	@Test
	void aClientWithoutLedgerScopesIsForbiddenAndAReaderCannotWrite() {
		UUID account = ledger.openAccount();
		String tenantReader = plaza.tenantCaller(admin, tenantId, "tenant:read").token();
		String ledgerReader = plaza.tenantCaller(admin, tenantId, "ledger:read").token();
		String transfer = Transfer.batch(List.of(Transfer.of(account, UUID.randomUUID(), 1)));

		assertProblem(plaza.get(ACCOUNTS + "/" + account, tenantReader), 403, "insufficient-scope");
		assertProblem(plaza.get(ACCOUNTS + "/" + account + "/transfers", tenantReader), 403, "insufficient-scope");
		assertProblem(plaza.postJson(ACCOUNTS, tenantReader, "{\"currency\":\"EUR\",\"code\":1}"), 403,
				"insufficient-scope");
		assertProblem(plaza.postJson(TRANSFERS, tenantReader, transfer), 403, "insufficient-scope");
		assertThat(plaza.get(ACCOUNTS + "/" + account, ledgerReader).status()).isEqualTo(200);
		assertProblem(plaza.postJson(ACCOUNTS, ledgerReader, "{\"currency\":\"EUR\",\"code\":1}"), 403,
				"insufficient-scope");
		assertProblem(plaza.postJson(TRANSFERS, ledgerReader, transfer), 403, "insufficient-scope");
	}

	// Reading transfers and balance history

	@Test
	void anAccountsTransfersArePagedInTimestampOrder() {
		UUID account = ledger.openAccount();
		UUID other = ledger.openAccount();
		UUID elsewhere = ledger.openAccount();
		List<String> sent = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			Transfer transfer = i % 2 == 0 ? Transfer.of(other, account, i) : Transfer.of(account, other, i);
			assertThat(ledger.result(transfer)).isEqualTo("ok");
			sent.add(transfer.id().toString());
			ledger.result(Transfer.of(other, elsewhere, 1));
		}

		JsonNode first = transfersPage(account, "?limit=2");
		assertThat(first.get("items").size()).isEqualTo(2);
		assertThat(nextCursor(first)).isNotNull();
		JsonNode second = transfersPage(account, "?limit=2&cursor=" + encode(nextCursor(first)));
		assertThat(second.get("items").size()).isEqualTo(2);
		assertThat(nextCursor(second)).isNotNull();
		JsonNode third = transfersPage(account, "?limit=2&cursor=" + encode(nextCursor(second)));
		JsonNode all = transfersPage(account, "");

		assertThat(third.get("items").size()).isEqualTo(1);
		assertThat(nextCursor(third)).as("the last page has no next cursor").isNull();
		List<JsonNode> paged = Stream.of(first, second, third).flatMap(page -> page.get("items").valueStream()).toList();
		assertThat(paged.stream().map(item -> item.get("id").asString())).containsExactlyElementsOf(sent);
		assertThat(paged.stream().map(item -> Instant.parse(item.get("timestamp").asString())).toList()).isSorted();
		assertThat(all.get("items").valueStream().map(item -> item.get("id").asString())).containsExactlyElementsOf(sent);
		assertThat(nextCursor(all)).isNull();

		JsonNode firstItem = paged.get(0);
		assertThat(firstItem.get("debitAccountId").asString()).isEqualTo(account.toString());
		assertThat(firstItem.get("creditAccountId").asString()).isEqualTo(other.toString());
		assertThat(firstItem.get("amount").asLong()).isEqualTo(1);
		assertThat(firstItem.get("currency").asString()).isEqualTo("EUR");
		assertThat(firstItem.get("code").asLong()).isEqualTo(1);
		assertThat(firstItem.get("flags").size()).isZero();
		assertThat(paged.get(1).get("creditAccountId").asString()).isEqualTo(account.toString());
	}

	@Test
	void anAccountsTransfersCanBeReadForATimeRange() {
		UUID account = ledger.openAccount();
		UUID other = ledger.openAccount();
		for (int i = 1; i <= 5; i++) {
			ledger.result(Transfer.of(account, other, i));
		}
		List<JsonNode> items = transfersPage(account, "").get("items").valueStream().toList();
		String second = items.get(1).get("timestamp").asString();
		String fourth = items.get(3).get("timestamp").asString();

		JsonNode range = transfersPage(account, "?from=" + encode(second) + "&to=" + encode(fourth));
		JsonNode fromOnly = transfersPage(account, "?from=" + encode(fourth));
		JsonNode beforeAll = transfersPage(account, "?to=" + encode(items.get(0).get("timestamp").asString()));

		assertThat(range.get("items").valueStream().map(item -> item.get("amount").asLong()))
			.as("from is inclusive, to exclusive")
			.containsExactly(2L, 3L);
		assertThat(fromOnly.get("items").valueStream().map(item -> item.get("amount").asLong())).containsExactly(4L, 5L);
		assertThat(beforeAll.get("items").size()).isZero();
	}

	@Test
	void badPagingParametersAreRefused() {
		UUID account = ledger.openAccount();

		assertThat(ledger.get(ACCOUNTS + "/" + account + "/transfers?limit=1000").status()).isEqualTo(200);
		assertProblemStatus(ledger.get(ACCOUNTS + "/" + account + "/transfers?limit=0"), 400);
		assertProblemStatus(ledger.get(ACCOUNTS + "/" + account + "/transfers?limit=1001"), 400);
		assertProblemStatus(ledger.get(ACCOUNTS + "/" + account + "/transfers?cursor=" + encode("!!not-a-cursor!!")),
				400);
		assertProblemStatus(ledger.get(ACCOUNTS + "/" + account + "/transfers?from=yesterday"), 400);
	}

	@Test
	void anAccountWithHistoryShowsItsBalancesAfterEachTransfer() {
		UUID account = ledger.openAccount(HISTORY);
		UUID other = ledger.openAccount();
		Transfer in = Transfer.of(other, account, 500);
		Transfer out = Transfer.of(account, other, 200);
		Transfer reserved = Transfer.pending(account, other, 100);
		ledger.result(in);
		ledger.result(Transfer.of(other, ledger.openAccount(), 9));
		ledger.result(out);
		ledger.result(reserved);

		JsonNode first = ledger.get(ACCOUNTS + "/" + account + "/balances?limit=2").json();
		assertThat(first.get("items").size()).isEqualTo(2);
		assertThat(nextCursor(first)).isNotNull();
		JsonNode rest = ledger.get(ACCOUNTS + "/" + account + "/balances?limit=2&cursor=" + encode(nextCursor(first)))
			.json();
		JsonNode all = ledger.get(ACCOUNTS + "/" + account + "/balances").json();

		List<JsonNode> entries = Stream.of(first, rest).flatMap(page -> page.get("items").valueStream()).toList();
		assertThat(entries.stream().map(entry -> entry.get("transferId").asString()))
			.containsExactly(in.id().toString(), out.id().toString(), reserved.id().toString());
		assertThat(entries.stream().map(Balances::of)).containsExactly(Balances.posted(0, 500), Balances.posted(200, 500),
				new Balances(200, 500, 100, 0));
		assertThat(entries.stream().map(entry -> Instant.parse(entry.get("timestamp").asString())).toList()).isSorted();
		assertThat(nextCursor(rest)).isNull();
		assertThat(all.get("items").size()).isEqualTo(3);
	}

	@Test
	void lapsedReservationsAppearInTheHistoryOneByOne() throws InterruptedException {
		UUID account = ledger.openAccount(HISTORY);
		UUID other = ledger.openAccount();
		Transfer first = Transfer.pending(account, other, 30).timeoutSeconds(1);
		Transfer second = Transfer.pending(account, other, 12).timeoutSeconds(1);
		assertThat(ledger.results(first, second)).containsExactly("ok", "ok");

		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!ledger.balances(account).equals(Balances.ZERO) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}

		List<JsonNode> entries = ledger.get(ACCOUNTS + "/" + account + "/balances").json().get("items").valueStream()
			.toList();
		assertThat(entries).hasSize(4);
		List<JsonNode> releases = entries.subList(2, 4);
		assertThat(releases.stream().map(entry -> entry.get("transferId").asString()))
			.as("both lapsed reservations, in transfer id order (PostgreSQL orders uuids as their text does)")
			.containsExactlyInAnyOrder(first.id().toString(), second.id().toString())
			.isSorted();
		long firstReleased = releases.get(0).get("transferId").asString().equals(first.id().toString()) ? 30 : 12;
		assertThat(releases.stream().map(Balances::of)).containsExactly(Balances.pending(42 - firstReleased, 0),
				Balances.ZERO);
	}

	@Test
	void anAccountWithoutHistoryHasNoBalanceHistory() {
		UUID account = ledger.openAccount();
		ledger.result(Transfer.of(ledger.openAccount(), account, 5));

		Response history = ledger.get(ACCOUNTS + "/" + account + "/balances");

		assertProblem(history, 409, "history-not-kept");
	}

	private JsonNode transfersPage(UUID account, String query) {
		Response page = ledger.get(ACCOUNTS + "/" + account + "/transfers" + query);
		assertThat(page.status()).as(page.text()).isEqualTo(200);
		return page.json();
	}

	private static List<String> outcomes(Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json()
			.valueStream()
			.map(outcome -> outcome.get("id").asString() + " " + outcome.get("result").asString())
			.toList();
	}

	private static void assertValidationProblem(Response response, String field) {
		assertProblem(response, 400, "validation");
		assertThat(namedFields(response)).as("the problem names %s: %s", field, response.text())
			.anySatisfy(named -> assertThat(named).contains(field));
	}

	private static void assertProblem(Response response, int status, String type) {
		assertProblemStatus(response, status);
		assertThat(response.problemType()).as(response.text()).isEqualTo(type);
	}

	private static void assertProblemStatus(Response response, int status) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(response.text()).startsWith("application/problem+json");
		assertThat(response.text()).doesNotContain("Exception").doesNotContain("at dev.plaza");
	}
}
