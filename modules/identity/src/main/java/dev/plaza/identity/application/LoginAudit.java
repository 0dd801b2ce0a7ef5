package dev.plaza.identity.application;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.plaza.audit.Actor;
import dev.plaza.audit.AuditRecord;
import dev.plaza.audit.AuditTrail;
import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.identity.persistence.StaffMemberRepository;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts every attempt to log in on the record of the tenants the person works in, so that an
 * organization's owners see their people's logins and failed logins (a guessed password included)
 * in their own audit log. An e-mail nobody has goes on the platform's record. The attempt comes
 * before any transaction of the request, so each entry is written in one of its own.
 */
@Component
class LoginAudit {

	private final AuditTrail trail;

	private final StaffMemberRepository people;

	private final TenantDirectory tenants;

	private final TransactionTemplate reads;

	LoginAudit(AuditTrail trail, StaffMemberRepository people, TenantDirectory tenants, PlatformTransactionManager transactions) {
		this.trail = trail;
		this.people = people;
		this.tenants = tenants;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	@EventListener
	void on(StaffLoginAttempted attempt) {
		Optional<StaffAccount> person = TenantContext.callAs(TenantId.PLATFORM, () -> reads
			.execute(status -> attempt.memberId() != null ? people.find(attempt.memberId()) : people.withEmail(attempt.email())));
		boolean loggedIn = attempt.outcome() == StaffLoginAttempted.Outcome.LOGGED_IN;
		AuditRecord record = new AuditRecord(loggedIn ? "login" : "login.failed",
				person.map(found -> Actor.user(found.id().toString())).orElse(Actor.ANONYMOUS), "session", null,
				loggedIn ? 200 : 401, Map.of("outcome", attempt.outcome().name().toLowerCase(Locale.ROOT), "email", attempt.email()));
		if (person.isEmpty()) {
			TenantContext.runAs(TenantId.PLATFORM, () -> trail.record(record));
			return;
		}
		Set<Environment> environments = person.get().environments().isEmpty() ? EnumSet.allOf(Environment.class)
				: person.get().environments();
		for (Environment environment : environments) {
			tenants.tenantOf(person.get().organization(), environment)
				.ifPresent(tenant -> TenantContext.runAs(tenant, () -> trail.record(record)));
		}
	}
}
