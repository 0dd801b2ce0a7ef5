package dev.plaza.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.audit.application.AuditReading;
import dev.plaza.audit.domain.ChainedEntry;
import dev.plaza.audit.domain.EntryFilter;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What other modules record through {@link AuditTrail} (logins, failed logins, logouts): on a real PostgreSQL,
 * written with the caller's transaction when there is one, in a transaction of its own otherwise, and chained.
 */
@ApplicationModuleTest
class AuditModuleTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditReading reading;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anEventRecordedOutsideATransactionIsWrittenInOneOfItsOwn() {
		TenantId tenant = newTenant();

		TenantContext.runAs(tenant, () -> trail.record(new AuditRecord("login", Actor.user("ana"), "session", "s-1", 200,
				Map.of("environment", "demo"))));

		assertThat(entriesOf(tenant)).singleElement().satisfies(entry -> {
			assertThat(entry.content().action()).isEqualTo("login");
			assertThat(entry.content().actorId()).isEqualTo("ana");
			assertThat(entry.content().resourceType()).isEqualTo("session");
			assertThat(entry.content().details()).containsEntry("environment", "demo");
			assertThat(entry.content().method()).isNull();
		});
	}

	@Test
	void anEventRecordedInATransactionThatRollsBackIsNotRecorded() {
		TenantId tenant = newTenant();

		TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
			trail.record(new AuditRecord("logout", Actor.user("ana"), null, null, null, Map.of()));
			status.setRollbackOnly();
		}));
		TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(
				status -> trail.record(new AuditRecord("login.failed", Actor.user("ana"), null, null, 401, Map.of("reason", "bad password")))));

		assertThat(entriesOf(tenant)).extracting(entry -> entry.content().action()).containsExactly("login.failed");
	}

	@Test
	void withoutATenantEventsGoToThePlatformsChainWhichVerifies() {
		String client = "unknown-" + UUID.randomUUID();

		trail.record(new AuditRecord("token.reused", Actor.client(client), "refresh-token", null, 400, Map.of()));

		assertThat(TenantContext.callAs(TenantId.PLATFORM, () -> reading.page(TenantId.PLATFORM,
				new EntryFilter(null, null, client, null, null, null), Long.MAX_VALUE, 10))).hasSize(1);
		assertThat(TenantContext.callAs(TenantId.PLATFORM, () -> reading.verify(TenantId.PLATFORM)).firstInvalid()).isEmpty();
	}

	private List<ChainedEntry> entriesOf(TenantId tenant) {
		return TenantContext.callAs(tenant, () -> reading.page(tenant, EntryFilter.ALL, Long.MAX_VALUE, 100));
	}

	private static TenantId newTenant() {
		return TenantId.of(UUID.randomUUID().toString());
	}
}
