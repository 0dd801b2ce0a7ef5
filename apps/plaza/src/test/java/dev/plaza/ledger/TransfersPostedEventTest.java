package dev.plaza.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import dev.plaza.ledger.LedgerCalls.Transfer;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Applied transfers reach other modules as a TransfersPosted event through the outbox. */
@PlazaTest
class TransfersPostedEventTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	RecordedEvents events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void appliedTransfersArePublishedOnceWithTheirTenant() {
		LedgerCalls ledger = LedgerCalls.newTenant(plaza, "ledger:read", "ledger:write", "tenant:read");
		String tenant = plaza.get("/api/v1/tenant", ledger.token).json().get("id").asString();
		UUID a = ledger.openAccount();
		UUID b = ledger.openAccount();
		Transfer first = Transfer.of(a, b, 5);
		Transfer second = Transfer.of(b, a, 3);
		Transfer refused = Transfer.of(a, a, 1);

		assertThat(ledger.results(first, second, refused)).containsExactly("ok", "ok", "accounts_must_be_different");
		assertThat(ledger.results(first)).containsExactly("exists");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events.transfersPosted())
			.filteredOn(seen -> seen.event().tenant().toString().equals(tenant))
			.singleElement()
			.satisfies(seen -> {
				assertThat(seen.event().transfers()).extracting(TransferId::value).containsExactly(first.id(), second.id());
				assertThat(seen.boundTenant().toString()).isEqualTo(tenant);
				assertThat(seen.thread()).as("handled off the request thread").doesNotStartWith("tomcat");
			}));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT count(*) FROM platform.event_publication
				WHERE event_type LIKE '%TransfersPosted' AND serialized_event LIKE :tenant AND completion_date IS NULL""")
			.param("tenant", "%" + tenant + "%")
			.query(Long.class)
			.single()).as("the outbox entry is completed").isZero());
	}
}
