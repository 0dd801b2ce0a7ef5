package dev.plaza.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointUrlTest {

	@Test
	void httpAndHttpsUrlsWithAHostCanReceiveWebhooks() {
		assertThat(EndpointUrl.problem("https://hooks.example.com/plaza?tenant=1")).isEmpty();
		assertThat(EndpointUrl.problem("http://127.0.0.1:8081/in")).isEmpty();
	}

	@Test
	void otherUrlsAreRefusedWithTheReason() {
		assertThat(EndpointUrl.problem("mailto:ops@example.com")).hasValueSatisfying(r -> assertThat(r).contains("http or https"));
		assertThat(EndpointUrl.problem("file:///etc/passwd")).hasValueSatisfying(r -> assertThat(r).contains("http or https"));
		assertThat(EndpointUrl.problem("https://a:b@example.com")).hasValueSatisfying(r -> assertThat(r).contains("credentials"));
		assertThat(EndpointUrl.problem(null)).hasValueSatisfying(r -> assertThat(r).contains("required"));
	}
}
