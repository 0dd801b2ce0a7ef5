package dev.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.plaza.ledger.TransferId;
import dev.plaza.ledger.TransfersPosted;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import dev.plaza.venues.CatalogCalls;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scaled mode's events on a real Kafka broker (KRaft): module events leave through the outbox to a
 * topic per type and come in through the inbox, once per consumer group. This app reads
 * {@code TransfersPosted} from Kafka as a service without the ledger would, and the tests send
 * records to it as the ledger's service would.
 */
@PlazaTest
@DirtiesContext
class KafkaEventsTest {

	static final String TOPIC = "plaza.ledger.TransfersPosted";

	static final String GROUP = "plaza-events-test";

	static final KafkaBroker broker = KafkaBroker.shared();

	@Autowired
	PlazaClient plaza;

	@Autowired
	RecordedEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MessageListenerContainer inbox;

	@DynamicPropertySource
	static void eventsOnKafka(DynamicPropertyRegistry properties) {
		properties.add("plaza.home", () -> "target/test-var-kafka");
		properties.add("plaza.events.kafka.bootstrap-servers", broker::bootstrapServers);
		properties.add("plaza.events.kafka.partitions", () -> "3");
		properties.add("plaza.events.kafka.group-id", () -> GROUP);
		properties.add("plaza.events.kafka.consume", () -> TransfersPosted.class.getName());
		// An unreachable broker is noticed in seconds rather than minutes.
		properties.add("plaza.events.kafka.properties[request.timeout.ms]", () -> "1500");
		properties.add("plaza.events.kafka.properties[default.api.timeout.ms]", () -> "4000");
		properties.add("plaza.events.kafka.properties[reconnect.backoff.max.ms]", () -> "500");
		properties.add("plaza.events.kafka.producer[max.block.ms]", () -> "2000");
		properties.add("plaza.events.kafka.producer[delivery.timeout.ms]", () -> "3000");
		properties.add("plaza.events.retry-failed-every", () -> "1s");
		properties.add("plaza.events.retry-failed-after", () -> "1s");
	}

	@Test
	void aTransferBatchGoesToItsTopicKeyedByTenantAndTransferAsJsonNamingItsType() throws Exception {
		Ledger ledger = Ledger.newTenant(plaza);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();

		ledger.transfer(first, second);

		ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20))
			.until(() -> recordsOf(TOPIC, ledger.tenant), records -> !records.isEmpty())
			.getFirst();
		assertThat(record.key()).isEqualTo(ledger.tenant + ":" + first);
		assertThat(header(record, "plaza-event-type")).isEqualTo("dev.plaza.ledger.TransfersPosted");
		assertThat(header(record, "plaza-event-source")).isEqualTo("plaza");
		assertThat(UUID.fromString(header(record, "plaza-event-id"))).isNotNull();
		TransfersPosted posted = json.readValue(record.value(), TransfersPosted.class);
		assertThat(posted.tenant()).isEqualTo(TenantId.of(ledger.tenant));
		assertThat(posted.transfers()).extracting(TransferId::value).containsExactly(first, second);
		try (Admin admin = broker.admin()) {
			assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions())
				.as("created with plaza.events.kafka.partitions").hasSize(3);
		}
		assertThat(incompleteExternalizations(ledger.tenant)).as("the outbox entry is completed").isZero();
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(seen(new TransferId(first)))
				.as("handled in-process once, never again from Kafka, although this app reads the topic")
				.hasSize(1));
	}

	/** Consumers of the release before the catalog's split still find its events where they were. */
	@Test
	void theSplitCatalogsEventsKeepTheirTopicAndTypeName() {
		CatalogCalls catalog = CatalogCalls.newTenant(plaza, "catalog:write");

		UUID movie = catalog.movie(CatalogCalls.unique("Roma"));

		ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> recordsOf("plaza.catalog.MovieChanged", catalog.tenant.toString()), records -> !records.isEmpty())
			.getFirst();
		assertThat(record.key()).isEqualTo(catalog.tenant + ":" + movie);
		assertThat(header(record, "plaza-event-type")).isEqualTo("dev.plaza.catalog.MovieChanged");
	}

	@Test
	void eventsPublishedWhileKafkaIsDownWaitInTheOutboxAndAllReachKafkaOnceItIsBack() throws Exception {
		Ledger ledger = Ledger.newTenant(plaza);
		List<UUID> transfers = new ArrayList<>();
		broker.stop();
		try {
			for (int batch = 0; batch < 3; batch++) {
				UUID transfer = UUID.randomUUID();
				ledger.transfer(transfer);
				transfers.add(transfer);
			}
			await("each delivery failed and was retried at least once, and all three stay incomplete").atMost(Duration.ofSeconds(40))
				.until(() -> jdbc.sql("""
						SELECT count(*) FROM platform.event_publication
						WHERE listener_id LIKE '%EventExternalizer%' AND serialized_event LIKE :tenant
						  AND completion_date IS NULL AND completion_attempts >= 2""")
					.param("tenant", "%" + ledger.tenant + "%")
					.query(Long.class)
					.single() == 3);
			assertThat(incompleteExternalizations(ledger.tenant)).isEqualTo(3);
		}
		finally {
			broker.start();
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> incompleteExternalizations(ledger.tenant) == 0);
		List<UUID> delivered = recordsOf(TOPIC, ledger.tenant).stream()
			.map(record -> json.readValue(record.value(), TransfersPosted.class).transfers().getFirst().value())
			.toList();
		assertThat(delivered).as("every event once, none lost").containsExactlyInAnyOrderElementsOf(transfers);
	}

	@Test
	void aRecordDeliveredAgainIsHandedToTheListenersOnceAndAnUnreadableOneIsSkipped() throws Exception {
		TenantId tenant = new TenantId(UUID.randomUUID());
		TransferId transfer = new TransferId(UUID.randomUUID());
		byte[] payload = json.writeValueAsBytes(new TransfersPosted(tenant, List.of(transfer), Instant.now()));
		String eventId = UUID.randomUUID().toString();

		// A record no attempt can read is skipped instead of holding up its partition.
		send(tenant + ":" + transfer, "{\"tenant\": 42}".getBytes(StandardCharsets.UTF_8), UUID.randomUUID().toString());
		// The producer's retry after a lost acknowledgement: the same record twice.
		send(tenant + ":" + transfer, payload, eventId);
		send(tenant + ":" + transfer, payload, eventId);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(seen(transfer)).singleElement()
			.satisfies(seen -> assertThat(seen.boundTenant()).as("the tenant restored from the event").isEqualTo(tenant)));

		// A consumer that died before committing its offsets: the group reads the topic again from the start.
		inbox.stop();
		try (Admin admin = broker.admin()) {
			Map<TopicPartition, OffsetAndMetadata> start = partitions(admin).stream()
				.collect(Collectors.toMap(partition -> partition, partition -> new OffsetAndMetadata(0)));
			admin.alterConsumerGroupOffsets(GROUP, start).all().get(10, TimeUnit.SECONDS);
			inbox.start();
			await().atMost(Duration.ofSeconds(30)).until(() -> readToTheEnd(admin));
		}

		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(seen(transfer)).hasSize(1));
		assertThat(jdbc.sql("SELECT count(*) FROM events.inbox WHERE consumer_group = :group AND event_id = :id")
			.param("group", GROUP)
			.param("id", UUID.fromString(eventId))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private List<RecordedEvents.Seen> seen(TransferId transfer) {
		return events.transfersPosted().stream().filter(seen -> seen.event().transfers().contains(transfer)).toList();
	}

	private long incompleteExternalizations(String tenant) {
		return jdbc.sql("""
				SELECT count(*) FROM platform.event_publication
				WHERE listener_id LIKE '%EventExternalizer%' AND serialized_event LIKE :tenant AND completion_date IS NULL""")
			.param("tenant", "%" + tenant + "%")
			.query(Long.class)
			.single();
	}

	/** A record as another service, the ledger's, sends it. */
	private static void send(String key, byte[] payload, String eventId) throws Exception {
		try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				broker.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
			var record = new ProducerRecord<>(TOPIC, null, key, payload,
					List.of(new RecordHeader("plaza-event-id", eventId.getBytes(StandardCharsets.UTF_8)),
							new RecordHeader("plaza-event-type", TransfersPosted.class.getName().getBytes(StandardCharsets.UTF_8)),
							new RecordHeader("plaza-event-source", "ledger-service".getBytes(StandardCharsets.UTF_8))));
			producer.send(record).get(10, TimeUnit.SECONDS);
		}
	}

	/** Every record on the topic now whose key is the tenant's, read by a consumer of its own. */
	private static List<ConsumerRecord<String, byte[]>> recordsOf(String topic, String tenant) {
		try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				broker.bootstrapServers()), new StringDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				consumer.poll(Duration.ofMillis(500)).forEach(record -> {
					if (record.key().startsWith(tenant + ":")) {
						records.add(record);
					}
				});
			}
			return records;
		}
	}

	private static List<TopicPartition> partitions(Admin admin) throws Exception {
		return admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().stream()
			.map(info -> new TopicPartition(TOPIC, info.partition()))
			.toList();
	}

	/** Whether the group has committed offsets at the end of every partition. */
	private static boolean readToTheEnd(Admin admin) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
			.partitionsToOffsetAndMetadata()
			.get();
		Map<TopicPartition, OffsetSpec> latest = partitions(admin).stream()
			.collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
		return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(end -> committed.get(end.getKey()) != null
				&& committed.get(end.getKey()).offset() == end.getValue().offset());
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	/** A fresh tenant with two EUR accounts, posting transfers over HTTP as a partner does. */
	record Ledger(PlazaClient plaza, String tenant, String token, UUID debit, UUID credit) {

		static Ledger newTenant(PlazaClient plaza) {
			String admin = plaza.adminToken();
			String tenant = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
			String token = plaza.tenantCaller(admin, tenant, "ledger:write").token();
			UUID debit = UUID.randomUUID();
			UUID credit = UUID.randomUUID();
			Response accounts = plaza.postJson("/api/v1/ledger/accounts", token, """
					[{"id": "%s", "currency": "EUR", "code": 1}, {"id": "%s", "currency": "EUR", "code": 1}]"""
				.formatted(debit, credit));
			assertThat(accounts.status()).as(accounts.text()).isEqualTo(200);
			return new Ledger(plaza, tenant, token, debit, credit);
		}

		/** One batch: a transfer of 1.00 EUR per id, applied together. */
		void transfer(UUID... ids) {
			String batch = java.util.Arrays.stream(ids)
				.map(id -> """
						{"id": "%s", "debitAccountId": "%s", "creditAccountId": "%s", "amount": 100, "currency": "EUR", "code": 1}"""
					.formatted(id, debit, credit))
				.collect(Collectors.joining(",", "[", "]"));
			Response posted = plaza.postJson("/api/v1/ledger/transfers", token, batch);
			assertThat(posted.status()).as(posted.text()).isEqualTo(200);
			assertThat(posted.json().findValuesAsString("result")).containsOnly("ok");
		}
	}
}
