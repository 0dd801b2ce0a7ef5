package dev.plaza.notifications.domain;

import static dev.plaza.notifications.domain.CampaignStatus.CANCELLED;
import static dev.plaza.notifications.domain.CampaignStatus.COMPLETED;
import static dev.plaza.notifications.domain.CampaignStatus.DRAFT;
import static dev.plaza.notifications.domain.CampaignStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CampaignStatusTest {

	@Test
	void aDraftTakesRecipientsAndRunsWhenStarted() {
		assertThat(DRAFT.takesRecipients()).isTrue();
		assertThat(DRAFT.start()).isEqualTo(RUNNING);
		for (CampaignStatus started : new CampaignStatus[] { RUNNING, COMPLETED, CANCELLED }) {
			assertThat(started.takesRecipients()).isFalse();
		}
	}

	@Test
	void startingOrCancellingAgainChangesNothing() {
		assertThat(RUNNING.start()).isEqualTo(RUNNING);
		assertThat(COMPLETED.start()).isEqualTo(COMPLETED);
		assertThat(CANCELLED.cancel()).isEqualTo(CANCELLED);
	}

	@Test
	void aDraftOrRunningCampaignIsCancelledWhateverIsLeftUnsent() {
		assertThat(DRAFT.cancel()).isEqualTo(CANCELLED);
		assertThat(RUNNING.cancel()).isEqualTo(CANCELLED);
	}

	@Test
	void aCancelledCampaignIsNotStartedAgainNorACompletedOneCancelled() {
		assertThatThrownBy(CANCELLED::start).isInstanceOf(IllegalCampaignTransition.class)
			.hasMessage("A cancelled campaign cannot become running");
		assertThatThrownBy(COMPLETED::cancel).isInstanceOf(IllegalCampaignTransition.class)
			.hasMessage("A completed campaign cannot become cancelled");
	}

	@Test
	void theWireValuesAreTheLowercaseNames() {
		for (CampaignStatus status : CampaignStatus.values()) {
			assertThat(CampaignStatus.ofCode(status.code())).isEqualTo(status);
		}
		assertThat(RUNNING.code()).isEqualTo("running");
	}
}
