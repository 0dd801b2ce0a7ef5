package dev.plaza.rules.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.plaza.platform.TenantId;
import dev.plaza.rules.application.ConfigurationView;
import dev.plaza.rules.application.RulesProperties;
import dev.plaza.rules.persistence.TenantConfigurationRepository;
import dev.plaza.rules.persistence.TenantConfigurationRepository.Change;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Applies configuration changes committed by any instance within about half a second, in both
 * deployments: each look is one small query for the revisions of the last {@link RulesProperties#lookBack()}.
 * Kafka is not used for this because the events module delivers each event to one instance of a
 * service, whereas every instance must refresh; polling needs no broker and also catches a change
 * whose in-process event this instance never saw.
 */
@Component
class ChangeFollower implements SchedulingConfigurer {

	private final TenantConfigurationRepository changes;

	private final ConfigurationView view;

	private final RulesProperties properties;

	private final Clock clock = Clock.systemUTC();

	/** Revisions already applied, by when they were first seen, forgotten once out of the look-back. */
	private final Map<Long, Instant> applied = new ConcurrentHashMap<>();

	ChangeFollower(TenantConfigurationRepository changes, ConfigurationView view, RulesProperties properties) {
		this.changes = changes;
		this.view = view;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::follow, properties.followInterval());
	}

	void follow() {
		Instant now = clock.instant();
		boolean countryChanged = false;
		for (Change change : changes.changesSince(now.minus(properties.lookBack()))) {
			if (applied.putIfAbsent(change.revision(), now) != null) {
				continue;
			}
			if (change.tenant().isPresent()) {
				view.forget(new TenantId(change.tenant().get()));
			}
			else {
				countryChanged = true;
			}
		}
		if (countryChanged) {
			view.reload();
		}
		applied.values().removeIf(seen -> seen.isBefore(now.minus(properties.lookBack().multipliedBy(2))));
	}
}
