package dev.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import dev.plaza.events.KafkaEventsTest.Ledger;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

/** Without plaza.events.kafka.bootstrap-servers, events stay in the process as they always did. */
@PlazaTest
class KafkaOffByDefaultTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void eventsAreNotSentToKafkaAndNothingConnectsToIt() {
		Ledger ledger = Ledger.newTenant(plaza);
		ledger.transfer(UUID.randomUUID());

		await().atMost(Duration.ofSeconds(10)).until(() -> publications(ledger.tenant(), "%") > 0);
		assertThat(publications(ledger.tenant(), "%EventExternalizer%")).as("no outbox entry for Kafka").isZero();
		assertThat(context.getBeansOfType(KafkaTemplate.class)).isEmpty();
		assertThat(context.getBeansOfType(MessageListenerContainer.class)).isEmpty();
	}

	private long publications(String tenant, String listener) {
		return jdbc.sql("""
				SELECT count(*) FROM platform.event_publication
				WHERE event_type LIKE '%TransfersPosted' AND serialized_event LIKE :tenant AND listener_id LIKE :listener""")
			.param("tenant", "%" + tenant + "%")
			.param("listener", listener)
			.query(Long.class)
			.single();
	}
}
