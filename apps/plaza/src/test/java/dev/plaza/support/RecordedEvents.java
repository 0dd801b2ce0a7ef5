package dev.plaza.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.plaza.ledger.TransfersPosted;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A module listener as other modules will write them: it runs after the publishing transaction
 * commits, asynchronously, and restores the tenant from the event. It records what it saw.
 */
@TestComponent
public class RecordedEvents {

	private final List<Seen> transfersPosted = new CopyOnWriteArrayList<>();

	@ApplicationModuleListener
	void on(TransfersPosted event) {
		TenantContext.runAs(event.tenant(),
				() -> transfersPosted.add(new Seen(event, TenantContext.current().orElseThrow(), Thread.currentThread().getName())));
	}

	public List<Seen> transfersPosted() {
		return List.copyOf(transfersPosted);
	}

	public record Seen(TransfersPosted event, TenantId boundTenant, String thread) {
	}
}
