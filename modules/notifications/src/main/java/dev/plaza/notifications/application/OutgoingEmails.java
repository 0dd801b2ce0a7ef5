package dev.plaza.notifications.application;

import java.util.List;
import java.util.Optional;

import dev.plaza.notifications.EmailId;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.EmailStatus;
import dev.plaza.notifications.Emails;
import dev.plaza.notifications.jobs.EmailDispatcher;
import dev.plaza.notifications.persistence.EmailRepository;
import dev.plaza.platform.AfterCommit;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutgoingEmails implements Emails {

	private final EmailRepository outbox;

	private final EmailDispatcher dispatcher;

	OutgoingEmails(EmailRepository outbox, EmailDispatcher dispatcher) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
	}

	@Override
	@Transactional
	public EmailId send(EmailMessage message) {
		if (TenantContext.current().isEmpty()) {
			throw new IllegalStateException("E-mail is sent on behalf of a tenant: bind one with TenantContext first");
		}
		Optional<EmailId> stored = outbox.insert(Ids.newId(), message);
		if (stored.isEmpty()) {
			return outbox.byKey(message.dedupKey());
		}
		AfterCommit.run(dispatcher::wake);
		return stored.get();
	}

	@Override
	@Transactional
	public void sendAll(List<EmailMessage> messages) {
		if (TenantContext.current().isEmpty()) {
			throw new IllegalStateException("E-mail is sent on behalf of a tenant: bind one with TenantContext first");
		}
		List<EmailMessage> plain = messages.stream().filter(message -> message.attachments().isEmpty()).toList();
		messages.stream().filter(message -> !message.attachments().isEmpty()).forEach(this::send);
		if (outbox.insertAll(plain.stream().map(message -> Ids.newId()).toList(), plain) > 0) {
			AfterCommit.run(dispatcher::wake);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EmailStatus> status(EmailId id) {
		return outbox.status(id);
	}
}
