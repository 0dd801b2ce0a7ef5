package dev.plaza.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

	/** The example of the Standard Webhooks specification and its reference libraries. */
	@Test
	void signsAsTheStandardWebhooksSpecificationDoes() {
		String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330, "{\"test\": 2432232314}");

		assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void newSecretsAreRandomAndCarryThePrefix() {
		String one = WebhookSignature.newSecret();

		assertThat(one).startsWith("whsec_").hasSize("whsec_".length() + 44);
		assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
	}
}
