package dev.plaza.audit.jobs;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import dev.plaza.audit.AuditHeadPublished;
import dev.plaza.audit.application.AuditProperties;
import dev.plaza.audit.persistence.HeadPublicationRepository;
import dev.plaza.audit.persistence.HeadPublicationRepository.Publication;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes each tenant's chain head once a UTC day — a log line and {@link AuditHeadPublished} (which
 * notifications sends as the {@code audit.head} webhook) — so that a later rewrite of history can be told
 * from outside. Every {@code head-check-interval} an instance records the day's heads not recorded yet;
 * the record's key (tenant, day) lets one instance only publish each, however many look at once, and one
 * that was down at midnight catches up at its next look.
 */
@Component
class HeadPublication implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(HeadPublication.class);

	private final HeadPublicationRepository publications;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final AuditProperties properties;

	HeadPublication(HeadPublicationRepository publications, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, AuditProperties properties) {
		this.publications = publications;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(() -> publish(LocalDate.now(ZoneOffset.UTC)), properties.headCheckInterval());
	}

	/** Publishes the heads of the day not published yet; answers how many. */
	int publish(LocalDate day) {
		List<Publication> published = TenantContext.callAs(TenantId.PLATFORM,
				() -> transactions.execute(status -> publishedNow(day)));
		return published.size();
	}

	private List<Publication> publishedNow(LocalDate day) {
		List<Publication> published = publications.publishHeads(day);
		for (Publication head : published) {
			log.info("Audit chain head of tenant {} on {}: {} entries, head {}", head.tenant(), head.day(), head.entries(),
					head.head());
			events.publishEvent(new AuditHeadPublished(head.tenant(), head.day().toString(), head.entries(),
					head.head().hex(), head.at()));
		}
		return published;
	}
}
