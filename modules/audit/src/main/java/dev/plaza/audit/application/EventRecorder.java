package dev.plaza.audit.application;

import java.util.Optional;

import dev.plaza.audit.AuditRecord;
import dev.plaza.audit.AuditTrail;
import dev.plaza.audit.domain.ResourceOfPath;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link AuditTrail} for the other modules' events. */
@Service
class EventRecorder implements AuditTrail {

	private final AuditLog log;

	EventRecorder(AuditLog log) {
		this.log = log;
	}

	@Override
	public void record(AuditRecord record) {
		Optional<HttpServletRequest> request = Callers.currentRequest();
		Occurrence occurrence = new Occurrence(record.actor(), record.action(), null, null,
				new ResourceOfPath(record.resourceType(), record.resourceId()), record.status(),
				request.map(Callers::address).orElse(null), request.map(Callers::requestId).orElse(null), record.details());
		Optional<TenantId> tenant = TenantContext.current();
		boolean inWritingTransaction = TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		if (tenant.isPresent() && inWritingTransaction) {
			log.append(tenant.get(), occurrence);
		}
		else {
			log.appendAlone(tenant.orElse(TenantId.PLATFORM), occurrence);
		}
	}
}
