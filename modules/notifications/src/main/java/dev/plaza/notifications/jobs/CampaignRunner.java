package dev.plaza.notifications.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.application.NotificationsProperties;
import dev.plaza.notifications.domain.Backoff;
import dev.plaza.notifications.domain.CampaignTemplate;
import dev.plaza.notifications.domain.CampaignTemplate.Rendered;
import dev.plaza.notifications.domain.RecipientOutcome;
import dev.plaza.notifications.mail.SmtpSender;
import dev.plaza.notifications.persistence.CampaignRepository;
import dev.plaza.notifications.persistence.CampaignRepository.Claimed;
import dev.plaza.notifications.persistence.CampaignRepository.Content;
import dev.plaza.notifications.persistence.CampaignRepository.Due;
import dev.plaza.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends running campaigns in the background, a chunk of recipients at a time, at the tenant's rate.
 *
 * <p>A worker claims the running campaign that waited longest, sends one chunk of it under a lease
 * it keeps renewing, and lets it go: campaigns take turns, so a small one is not stuck behind a
 * large one, and several instances never send one chunk together. Each recipient is marked {@code sending} (committed) before its
 * SMTP conversation and {@code sent} after (a few at a time, see {@link #group}). Whoever takes up a campaign next (after a crash, once
 * the lease ran out) marks recipients still {@code sending} as {@code unknown} and never resends
 * them: SMTP cannot tell whether the message arrived, and a customer getting it twice is worse than
 * the tenant seeing one counted as unknown. Everyone else is sent exactly once.
 *
 * <p>When the SMTP server fails (down, or a 4xx answer), the recipient goes back to pending and the
 * whole campaign pauses with exponential backoff, rather than burning through every recipient's
 * attempts during an outage.
 */
@Component
public class CampaignRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CampaignRunner.class);

	private final CampaignRepository campaigns;

	private final SmtpSender smtp;

	private final TenantThrottle throttle;

	private final NotificationsProperties.Campaigns settings;

	private final Backoff backoff;

	private final Random random = new Random();

	private final Worker worker;

	/**
	 * Recipients marked {@code sending} together before their messages go out: as many as the
	 * tenant sends in a fiftieth of a second, so that a crash leaves at most that many unknown while
	 * high rates need few database round trips. At the default rate it is one at a time.
	 */
	private final int group;

	CampaignRunner(CampaignRepository campaigns, SmtpSender smtp, TenantThrottle throttle, NotificationsProperties properties) {
		this.campaigns = campaigns;
		this.smtp = smtp;
		this.throttle = throttle;
		this.settings = properties.campaigns();
		this.backoff = settings.backoff();
		this.group = Math.max(1, settings.ratePerSecond() / 50);
		this.worker = new Worker("campaign-runner", settings.workers(), properties.pollInterval(), this::runOne);
	}

	public void wake() {
		worker.wake();
	}

	private boolean runOne() {
		UUID token = UUID.randomUUID();
		Optional<Claimed> claimed = campaigns.claim(settings.lease(), token);
		claimed.ifPresent(campaign -> TenantContext.runAs(campaign.tenant(), () -> new Run(campaign, token).run()));
		return claimed.isPresent();
	}

	/** One worker's turn at one campaign: one chunk, or completing it, or finding it must wait. */
	private final class Run {

		private final Claimed campaign;

		private final UUID token;

		private Instant renewed = Instant.now();

		Run(Claimed campaign, UUID token) {
			this.campaign = campaign;
			this.token = token;
		}

		void run() {
			Duration resumeAfter = Duration.ZERO;
			try {
				int interrupted = campaigns.abandonInterrupted(campaign.id());
				if (interrupted > 0) {
					log.warn("Campaign {}: {} recipients were being sent when their worker stopped; counted as unknown",
							campaign.id(), interrupted);
				}
				List<Due> chunk = campaigns.nextDue(campaign.id(), settings.chunkSize());
				if (chunk.isEmpty()) {
					if (!campaigns.completeIfDone(campaign.id(), token)) {
						resumeAfter = campaigns.untilNextDue(campaign.id());
					}
					return;
				}
				Content content = campaigns.content(campaign.id());
				resumeAfter = send(chunk, CampaignTemplate.of(content.subject(), content.text(), content.html()))
					.orElse(Duration.ZERO);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				campaigns.release(campaign.id(), token, resumeAfter);
			}
		}

		/** Sends the chunk; answers a pause when the SMTP server failed, or when the hold was lost. */
		private Optional<Duration> send(List<Due> chunk, CampaignTemplate template) throws InterruptedException {
			try (SmtpSender.Connection connection = smtp.open()) {
				return send(chunk, template, connection);
			}
		}

		private Optional<Duration> send(List<Due> chunk, CampaignTemplate template, SmtpSender.Connection connection)
				throws InterruptedException {
			for (int from = 0; from < chunk.size(); from += group) {
				if (worker.stopping() || !keepHold()) {
					return Optional.of(Duration.ZERO);
				}
				List<Due> sending = chunk.subList(from, Math.min(chunk.size(), from + group));
				throttle.acquire(campaign.tenant(), sending.size());
				Map<Integer, Integer> attempts = campaigns.markSending(campaign.id(),
						sending.stream().map(Due::position).toList());
				List<RecipientOutcome> outcomes = new ArrayList<>();
				Optional<Duration> pause = Optional.empty();
				for (Due due : sending) {
					Integer attempt = attempts.get(due.position());
					if (attempt == null) {
						continue;
					}
					if (pause.isPresent()) {
						outcomes.add(RecipientOutcome.notAttempted(due.position()));
						continue;
					}
					try {
						Rendered message = template.render(due.recipient().email(), due.recipient().name());
						connection.send(new EmailMessage("campaign/" + campaign.id() + "/" + due.position(), due.recipient().email(),
								message.subject(), message.text(), message.html(), List.of()));
						outcomes.add(RecipientOutcome.sent(due.position()));
					}
					catch (SmtpSender.Refused refused) {
						if (refused.permanent() || attempt >= settings.maxAttempts()) {
							outcomes.add(RecipientOutcome.failed(due.position(), refused.getMessage()));
							continue;
						}
						pause = Optional.of(backoff.delay(attempt, random));
						log.warn("Campaign {} pauses for {}: the SMTP server failed ({})", campaign.id(), pause.get(),
								refused.getMessage());
						outcomes.add(RecipientOutcome.retry(due.position(), pause.get(), refused.getMessage()));
					}
				}
				campaigns.record(campaign.id(), outcomes);
				if (pause.isPresent()) {
					return pause;
				}
			}
			return Optional.empty();
		}

		/** Renews the lease once a third of it has passed, so it never runs out while this worker is alive. */
		private boolean keepHold() {
			if (Duration.between(renewed, Instant.now()).compareTo(settings.lease().dividedBy(3)) < 0) {
				return true;
			}
			renewed = Instant.now();
			return campaigns.renew(campaign.id(), token, settings.lease());
		}
	}

	@Override
	public void start() {
		worker.start();
	}

	@Override
	public void stop() {
		worker.stop();
	}

	@Override
	public boolean isRunning() {
		return worker.isRunning();
	}
}
