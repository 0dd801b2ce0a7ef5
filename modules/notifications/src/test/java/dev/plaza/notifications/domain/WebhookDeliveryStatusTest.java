package dev.plaza.notifications.domain;

import static dev.plaza.notifications.domain.WebhookDeliveryStatus.DEAD;
import static dev.plaza.notifications.domain.WebhookDeliveryStatus.PENDING;
import static dev.plaza.notifications.domain.WebhookDeliveryStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookDeliveryStatusTest {

	@Test
	void aReceiverThatAnswersEndsTheDeliveryWhicheverAttemptItWas() {
		assertThat(WebhookDeliveryStatus.after(true, 1, 4)).isEqualTo(SUCCEEDED);
		assertThat(WebhookDeliveryStatus.after(true, 4, 4)).isEqualTo(SUCCEEDED);
	}

	@Test
	void aFailedAttemptLeavesTheDeliveryPendingUntilTheLastOneKillsIt() {
		assertThat(WebhookDeliveryStatus.after(false, 3, 4)).isEqualTo(PENDING);
		assertThat(WebhookDeliveryStatus.after(false, 4, 4)).isEqualTo(DEAD);
	}

	@Test
	void theCodesAreTheOnesClientsFilterBy() {
		assertThat(WebhookDeliveryStatus.ofCode("dead")).contains(DEAD);
		assertThat(WebhookDeliveryStatus.ofCode("DEAD")).isEmpty();
		assertThat(WebhookDeliveryStatus.ofCode("failed")).isEmpty();
	}
}
