package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.lending.LoansOnTheBook.Loan;
import dev.plaza.lending.LoansOnTheBook.LoanState;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lender closes its business day by the simulated clock: an installment falls due, then overdue
 * with one late fee in the ledger; days past due and the arrears bucket move from 1-30 to 31-60; the
 * borrower is reminded once three days ahead; the lender's endpoint hears {@code loan.*}; and
 * closing the same date again changes nothing.
 */
@PlazaTest
class CloseOfBusinessTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CLOSE = "/api/v1/lending/close-of-business";

	private static final long LATE_FEE = 2500;

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	LoansOnTheBook book;

	String lender;

	String token;

	Receiver receiver;

	@BeforeEach
	void aLenderWithAWebhookEndpoint() throws IOException {
		book = new LoansOnTheBook(jdbc, transactions);
		String admin = plaza.adminToken();
		lender = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		token = plaza.tenantCaller(admin, lender, "lending:read", "lending:write", "ledger:read", "notifications:write")
			.token();
		receiver = new Receiver();
		Response endpoint = plaza.postJson("/api/v1/webhooks/endpoints", token, JSON.writeValueAsString(Map.of("url",
				receiver.url(), "eventTypes", List.of("loan.installment_due", "loan.overdue", "loan.delinquent"))));
		assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
	}

	@AfterEach
	void stopReceiver() {
		receiver.close();
	}

	@Test
	void anUnpaidInstallmentFallsDueThenOverdueAndTheLoanMovesThroughTheBuckets() throws Exception {
		String domain = "cob-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		Loan loan = book.open(UUID.fromString(lender), LoansOnTheBook.monthly(120_000, 1200, 12, LocalDate.of(2031, 1, 15)),
				LATE_FEE, "ana@" + domain);

		JsonNode first = close("2031-02-11");
		assertThat(first.size()).as("one run per day from the day after disbursement").isEqualTo(27);
		assertThat(first.get(0).get("businessDate").asString()).isEqualTo("2031-01-16");
		assertThat(first.valueStream().mapToInt(run -> run.get("loans").asInt()).sum()).isEqualTo(27);
		assertThat(smtp.getReceivedMessagesForDomain(domain)).as("no reminder before three days ahead").isEmpty();

		JsonNode reminderDay = close("2031-02-12").get(0);
		assertThat(reminderDay.get("installmentsDue").asInt()).isZero();
		MimeMessage reminder = await().atMost(Duration.ofSeconds(10))
			.until(() -> smtp.getReceivedMessagesForDomain(domain), received -> received.length == 1)[0];
		assertThat(reminder.getSubject()).contains("2031-02-15");

		JsonNode dueDays = close("2031-02-15");
		JsonNode dueDay = dueDays.get(dueDays.size() - 1);
		assertThat(dueDay.get("installmentsDue").asInt()).isEqualTo(1);
		assertThat(dueDay.get("installmentsOverdue").asInt()).isZero();
		assertThat(book.installment(loan.id(), 1).status()).isEqualTo("due");
		assertThat(book.state(loan.id()).bucket()).as("due today is not late").isEqualTo("current");

		JsonNode overdueDay = close("2031-02-16").get(0);
		assertThat(overdueDay.get("installmentsOverdue").asInt()).isEqualTo(1);
		assertThat(overdueDay.get("lateFees").asInt()).isEqualTo(1);
		assertThat(overdueDay.get("delinquent").asInt()).isEqualTo(1);
		assertThat(book.installment(loan.id(), 1)).isEqualTo(new LoansOnTheBook.InstallmentState("overdue", LATE_FEE));
		assertThat(book.state(loan.id())).extracting(LoanState::daysPastDue, LoanState::bucket).containsExactly(1, "1-30");
		assertThat(lateFeesInTheLedger()).isEqualTo(LATE_FEE);

		JsonNode monthLater = close("2031-03-18");
		assertThat(monthLater.valueStream().mapToInt(run -> run.get("delinquent").asInt()).sum())
			.as("31 days past due enter 31-60").isEqualTo(1);
		LoanState state = book.state(loan.id());
		assertThat(state).extracting(LoanState::daysPastDue, LoanState::bucket).containsExactly(31, "31-60");
		long thirdInterest = loan.schedule().installments().get(2).interest();
		assertThat(state.accruedInterest()).as("3 of the 30 days of the third period, under 30/360")
			.isEqualTo(BigDecimal.valueOf(thirdInterest * 3).divide(BigDecimal.valueOf(30), RoundingMode.HALF_UP).longValue());
		assertThat(book.installment(loan.id(), 2)).as("the second installment went overdue too, with its own fee")
			.isEqualTo(new LoansOnTheBook.InstallmentState("overdue", LATE_FEE));
		assertThat(lateFeesInTheLedger()).isEqualTo(2 * LATE_FEE);
		await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessagesForDomain(domain).length == 2);
		List<JsonNode> delinquent = await().atMost(Duration.ofSeconds(10))
			.until(() -> receiver.ofType("loan.delinquent"), received -> received.size() == 2);
		assertThat(delinquent).extracting(payload -> payload.get("data").get("bucket").asString())
			.containsExactlyInAnyOrder("1-30", "31-60");
		assertThat(delinquent).allSatisfy(payload -> assertThat(payload.get("data").get("loanId").asString())
			.isEqualTo(loan.id().toString()));
		await().atMost(Duration.ofSeconds(10)).until(() -> receiver.ofType("loan.overdue").size() == 2
				&& receiver.ofType("loan.installment_due").size() == 2);

		JsonNode again = close("2031-03-18");
		assertThat(again.size()).isEqualTo(1);
		assertThat(again.get(0).get("businessDate").asString()).isEqualTo("2031-03-18");
		assertThat(List.of("loans", "installmentsDue", "installmentsOverdue", "lateFees", "delinquent"))
			.as("the same date again is nothing to do")
			.allSatisfy(count -> assertThat(again.get(0).get(count).asInt()).as(count).isZero());
		assertThat(book.state(loan.id())).isEqualTo(state);
		assertThat(lateFeesInTheLedger()).isEqualTo(2 * LATE_FEE);

		JsonNode runs = plaza.get(CLOSE + "?limit=2", token).json();
		assertThat(runs.get("items").valueStream().map(run -> run.get("businessDate").asString()))
			.containsExactly("2031-03-18", "2031-03-17");
		assertThat(runs.get("items").get(0).get("status").asString()).isEqualTo("completed");
		assertThat(runs.get("nextCursor").asString()).isEqualTo("2031-03-17");
		Thread.sleep(500); // what a repeat would have sent has had time to arrive
		assertThat(smtp.getReceivedMessagesForDomain(domain)).as("one reminder per installment").hasSize(2);
		assertThat(receiver.ofType("loan.delinquent")).hasSize(2);
	}

	@Test
	void aDateBeforeTheLoansBusinessDateIsNothingToDo() {
		Loan loan = book.open(UUID.fromString(lender), LoansOnTheBook.monthly(50_000, 900, 6, LocalDate.of(2031, 5, 10)),
				LATE_FEE, "before@cob.example");

		JsonNode runs = close("2031-05-01");

		assertThat(runs.size()).isEqualTo(1);
		assertThat(runs.get(0).get("loans").asInt()).isZero();
		assertThat(book.state(loan.id()).businessDate()).isEqualTo(LocalDate.of(2031, 5, 10));
	}

	@Test
	void aLenderWithoutLoansHasNothingToClose() {
		JsonNode runs = close("2031-05-01");

		assertThat(runs.size()).isEqualTo(1);
		assertThat(runs.get(0).get("businessDate").asString()).isEqualTo("2031-05-01");
		assertThat(runs.get(0).get("loans").asInt()).isZero();
	}

	@Test
	void moreThanTenYearsAtOnceIsRefused() {
		Loan loan = book.open(UUID.fromString(lender), LoansOnTheBook.monthly(50_000, 900, 6, LocalDate.of(2031, 5, 10)),
				LATE_FEE, "far@cob.example");

		Response refused = plaza.postJson(CLOSE, token, "{\"businessDate\": \"2045-01-01\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(refused.json().get("detail").asString()).contains("businessDate", "2041-05-");
		assertThat(book.state(loan.id()).businessDate()).isEqualTo(LocalDate.of(2031, 5, 10));
	}

	@Test
	void aMalformedOrMissingDateIsRefusedNamingTheField() {
		for (String body : List.of("{\"businessDate\": \"2031-02-30\"}", "{\"businessDate\": \"tomorrow\"}", "{}")) {
			Response refused = plaza.postJson(CLOSE, token, body);
			assertThat(refused.status()).as(body).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("validation");
			assertThat(refused.json().get("detail").asString()).contains("businessDate");
		}
	}

	@Test
	void readingTheRunsIsNotClosing() {
		String admin = plaza.adminToken();
		String reader = plaza.tenantCaller(admin, lender, "lending:read").token();

		assertThat(plaza.postJson(CLOSE, reader, "{\"businessDate\": \"2031-01-01\"}").status()).isEqualTo(403);
		assertThat(plaza.get(CLOSE, reader).status()).isEqualTo(200);
	}

	private long lateFeesInTheLedger() {
		TenantId tenant = new TenantId(UUID.fromString(lender));
		Currency eur = Currency.getInstance("EUR");
		JsonNode receivable = account(LendingAccounts.account(tenant, Role.FEES_RECEIVABLE, eur).value());
		JsonNode income = account(LendingAccounts.account(tenant, Role.LATE_FEE_INCOME, eur).value());
		assertThat(receivable.get("debitsPosted").asLong()).as("fees receivable mirror late fee income")
			.isEqualTo(income.get("creditsPosted").asLong());
		return income.get("creditsPosted").asLong();
	}

	private JsonNode account(UUID id) {
		Response account = plaza.get("/api/v1/ledger/accounts/" + id, token);
		assertThat(account.status()).as(account.text()).isEqualTo(200);
		return account.json();
	}

	private JsonNode close(String businessDate) {
		Response closed = plaza.postJson(CLOSE, token, JSON.writeValueAsString(Map.of("businessDate", businessDate)));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		return closed.json().get("items");
	}

	/** The lender's webhook endpoint: a real HTTP server on loopback that keeps every payload. */
	static final class Receiver implements AutoCloseable {

		private final HttpServer server;

		private final List<JsonNode> payloads = new CopyOnWriteArrayList<>();

		Receiver() throws IOException {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", this::handle);
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
		}

		List<JsonNode> ofType(String type) {
			return payloads.stream().filter(payload -> payload.get("type").asString().equals(type)).toList();
		}

		private void handle(HttpExchange exchange) throws IOException {
			try (InputStream in = exchange.getRequestBody()) {
				payloads.add(JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		}

		@Override
		public void close() {
			server.stop(0);
		}
	}
}
