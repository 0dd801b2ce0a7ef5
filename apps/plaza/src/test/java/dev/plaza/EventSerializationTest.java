package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.audit.AuditHeadPublished;
import dev.plaza.ledger.TransferId;
import dev.plaza.ledger.TransfersPosted;
import dev.plaza.platform.TenantId;
import dev.plaza.rules.ConfigurationChanged;
import dev.plaza.rules.Country;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimeId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Events wait in the outbox as JSON until every listener completes, and are read back on restart:
 * each must come back equal, or Plaza could not start with events outstanding.
 */
@PlazaTest
class EventSerializationTest {

	@Autowired
	EventSerializer serializer;

	@Test
	void eventsCarryingATenantComeBackFromTheOutboxEqual() {
		TenantId tenant = TenantId.of(UUID.randomUUID().toString());
		List<Object> events = List.of(new ShowtimeCancelled(tenant, new ShowtimeId(UUID.randomUUID())),
				new TransfersPosted(tenant, List.of(new TransferId(UUID.randomUUID())), Instant.parse("2026-11-23T10:15:30Z")),
				new AuditHeadPublished(tenant, "2026-11-23", 42, "ab".repeat(32), Instant.parse("2026-11-24T00:00:01.5Z")),
				new ConfigurationChanged(Country.of("PT"), Optional.of(tenant), 3, Instant.parse("2026-12-07T10:15:30Z")),
				new ConfigurationChanged(Country.of("ES"), Optional.empty(), 2, Instant.parse("2027-01-01T00:00:00Z")));

		for (Object event : events) {
			Object stored = serializer.serialize(event);
			assertThat(serializer.deserialize(stored, event.getClass())).as(stored.toString()).isEqualTo(event);
		}
	}
}
