package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plaza is killed (SIGKILL) in the middle of a close of business of ten days over thousands of loans
 * and started again on the same data; closing up to the same date again finishes the work. Every loan
 * reaches the date, each day's run counts every loan exactly once, and each installment that went
 * overdue carries one late fee, posted once in the ledger.
 */
class CloseOfBusinessCrashIT {

	private static final int LOANS = 6_000;

	private static final LocalDate SEEDED = LocalDate.of(2027, 3, 1);

	private static final LocalDate UP_TO = SEEDED.plusDays(10);

	private static final long LATE_FEE = 1500;

	private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	private PlazaProcess plaza;

	@Test
	void everyLoanIsClosedOnceADayAcrossAKill() throws Exception {
		smtp.start();
		plaza = new PlazaProcess().with("PLAZA_ADMIN_CLIENT_SECRET", PlazaClient.ADMIN_SECRET)
			.with("SPRING_MAIL_HOST", "127.0.0.1")
			.with("SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()))
			.with("PLAZA_LENDING_CLOSEOFBUSINESS_CHUNKSIZE", "300");
		plaza.start();
		PlazaClient client = plaza.client();
		String admin = client.adminToken();
		String lender = client.newOrganization(admin).get("tenants").get(0).get("id").asString();
		seed(lender);
		String token = client.tenantCaller(admin, lender, "lending:write", "ledger:read").token();

		CompletableFuture<Response> interrupted = CompletableFuture.supplyAsync(() -> close(client, token));
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
			.until(() -> loansAt(SEEDED.plusDays(3)) > 0);
		plaza.kill();
		await().atMost(Duration.ofSeconds(30)).until(interrupted::isDone);
		assertThat(interrupted.handle((answer, failure) -> answer != null && answer.status() == 200).get())
			.as("killed before the close finished").isFalse();
		assertThat(loansAt(UP_TO)).as("killed in the middle").isLessThan(LOANS);

		plaza.start();
		PlazaClient after = plaza.client();
		String again = after.tenantCaller(after.adminToken(), lender, "lending:write", "ledger:read").token();
		Response finished = close(after, again);
		assertThat(finished.status()).as(finished.text()).isEqualTo(200);

		assertThat(loansAt(UP_TO)).as("every loan reached the date").isEqualTo(LOANS);
		List<long[]> runs = query("""
				SELECT loans, late_fees FROM lending.close_of_business
				WHERE status = 'completed' ORDER BY business_date""", rs -> new long[] { rs.getLong(1), rs.getLong(2) });
		assertThat(runs).as("one completed run per day").hasSize(10);
		assertThat(runs).as("each day counted every loan once").allSatisfy(run -> assertThat(run[0]).isEqualTo(LOANS));
		String fellDueInTheDaysClosed = "due_date BETWEEN '" + SEEDED + "' AND '" + UP_TO.minusDays(1) + "'";
		long wentOverdue = single("SELECT count(*) FROM lending.installments WHERE " + fellDueInTheDaysClosed);
		assertThat(wentOverdue).as("installments that fell due and went overdue in the days closed").isPositive();
		assertThat(runs.stream().mapToLong(run -> run[1]).sum()).as("late fees counted once").isEqualTo(wentOverdue);
		assertThat(single("SELECT count(*) FROM lending.installments WHERE " + fellDueInTheDaysClosed
				+ " AND (status <> 'overdue' OR fees <> " + LATE_FEE + ")")).as("each overdue with one late fee").isZero();
		Response income = after.get("/api/v1/ledger/accounts/" + LendingAccounts
			.account(new TenantId(UUID.fromString(lender)), Role.LATE_FEE_INCOME, Currency.getInstance("EUR")), again);
		assertThat(income.json().get("creditsPosted").asLong()).as("the ledger holds each late fee once")
			.isEqualTo(wentOverdue * LATE_FEE);
	}

	private static Response close(PlazaClient client, String token) {
		return client.postJson("/api/v1/lending/close-of-business", token, "{\"businessDate\": \"" + UP_TO + "\"}");
	}

	/** The benchmark's seed, scaled down: the same SQL with psql's variables filled in. */
	private void seed(String lender) throws IOException, SQLException {
		String sql;
		try (InputStream in = getClass().getResourceAsStream("/lending/seed-active-loans.sql")) {
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		sql = sql.replace(":'tenant'", "'" + lender + "'")
			.replace(":'business_date'", "'" + SEEDED + "'")
			.replace(":'domain'", "'crash.example'")
			.replace(":loans", Integer.toString(LOANS))
			.replace(":arrears_percent", "6")
			.replace(":seed", "0.42");
		try (Connection db = DriverManager.getConnection(plaza.databaseUrl()); Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	private long loansAt(LocalDate date) throws SQLException {
		return single("SELECT count(*) FROM lending.loans WHERE business_date = '" + date + "'");
	}

	private long single(String sql) throws SQLException {
		return query(sql, rs -> rs.getLong(1)).getFirst();
	}

	private <T> List<T> query(String sql, Row<T> row) throws SQLException {
		try (Connection db = DriverManager.getConnection(plaza.databaseUrl());
				Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			List<T> rows = new ArrayList<>();
			while (rs.next()) {
				rows.add(row.map(rs));
			}
			return rows;
		}
	}

	interface Row<T> {

		T map(ResultSet rs) throws SQLException;
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (plaza != null) {
			plaza.close();
		}
		smtp.stop();
	}
}
