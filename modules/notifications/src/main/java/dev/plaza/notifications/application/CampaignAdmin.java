package dev.plaza.notifications.application;

import java.util.List;
import java.util.UUID;

import dev.plaza.notifications.domain.CampaignStatus;
import dev.plaza.notifications.domain.IllegalCampaignTransition;
import dev.plaza.notifications.domain.Recipient;
import dev.plaza.notifications.jobs.CampaignRunner;
import dev.plaza.notifications.persistence.CampaignRepository;
import dev.plaza.notifications.persistence.CampaignRepository.Progress;
import dev.plaza.notifications.persistence.CampaignRepository.Summary;
import dev.plaza.platform.AfterCommit;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaign changes a tenant asks for, each all or nothing. */
@Service
@Transactional
public class CampaignAdmin {

	private final CampaignRepository campaigns;

	private final CampaignRunner runner;

	private final int maxRecipients;

	CampaignAdmin(CampaignRepository campaigns, CampaignRunner runner, NotificationsProperties properties) {
		this.campaigns = campaigns;
		this.runner = runner;
		this.maxRecipients = properties.campaigns().maxRecipients();
	}

	public Progress create(UUID id, String subject, String text, String html, List<Recipient> recipients, boolean start) {
		campaigns.insert(id, subject, text, html);
		add(id, recipients);
		if (start) {
			start(id);
		}
		return progress(id);
	}

	public Progress addRecipients(UUID id, List<Recipient> recipients) {
		CampaignStatus status = lock(id);
		if (!status.takesRecipients()) {
			throw new Problem(NotificationsProblems.CAMPAIGN_NOT_DRAFT, "The campaign is " + status.code()
					+ "; recipients can only be added to a draft (create it with \"start\": false).");
		}
		add(id, recipients);
		return progress(id);
	}

	public Progress start(UUID id) {
		CampaignStatus status = lock(id);
		if (status == CampaignStatus.DRAFT && campaigns.recipientCount(id) == 0) {
			throw new Problem(NotificationsProblems.NO_RECIPIENTS, "The campaign has no recipients.");
		}
		CampaignStatus next;
		try {
			next = status.start();
		}
		catch (IllegalCampaignTransition refused) {
			throw new Problem(NotificationsProblems.CAMPAIGN_FINISHED,
					"The campaign was cancelled and cannot be started again. Create a new one.");
		}
		if (next != status) {
			campaigns.setStatus(id, next);
			AfterCommit.run(runner::wake);
		}
		return progress(id);
	}

	public Progress cancel(UUID id) {
		CampaignStatus status = lock(id);
		CampaignStatus next;
		try {
			next = status.cancel();
		}
		catch (IllegalCampaignTransition refused) {
			throw new Problem(NotificationsProblems.CAMPAIGN_FINISHED, "The campaign has completed: every recipient was sent to.");
		}
		if (next != status) {
			campaigns.setStatus(id, next);
		}
		return progress(id);
	}

	@Transactional(readOnly = true)
	public Progress progress(UUID id) {
		return campaigns.progress(id).orElseThrow(() -> Problem.notFound("campaign", id));
	}

	@Transactional(readOnly = true)
	public List<Summary> page(NewestFirstPage cursor) {
		return campaigns.page(cursor);
	}

	private CampaignStatus lock(UUID id) {
		return campaigns.lockStatus(id).orElseThrow(() -> Problem.notFound("campaign", id));
	}

	private void add(UUID id, List<Recipient> recipients) {
		if (recipients.isEmpty()) {
			return;
		}
		if (recipients.size() > maxRecipients) {
			throw tooMany(recipients.size());
		}
		campaigns.addRecipients(id, recipients);
		int total = campaigns.recipientCount(id);
		if (total > maxRecipients) {
			throw tooMany(total);
		}
	}

	private Problem tooMany(int total) {
		return new Problem(NotificationsProblems.TOO_MANY_RECIPIENTS, "A campaign may have at most " + maxRecipients
				+ " recipients; this request would bring it to " + total + ". Split them into several campaigns.");
	}
}
