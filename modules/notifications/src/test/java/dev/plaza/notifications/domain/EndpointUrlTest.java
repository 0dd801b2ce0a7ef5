package dev.plaza.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

	/** Each is 127.0.0.1 (or near it) to a browser or a resolver, and something else, or nothing, to Java. */
	@ParameterizedTest
	@ValueSource(strings = { "http://0177.0.0.1/x", "http://0x7f.0.0.1/x", "http://0X7F.0.0.1/x", "http://0x7f000001/x",
			"http://127.1/x", "http://127.0.1/x", "http://2130706433/x", "http://017700000001/x", "http://0x7f.1/x",
			"http://127.0.0x1/x", "http://0177.0.0x0.1/x", "http://127.000.0.1/x", "http://127.0.0.01/x",
			"http://127.0.0.1./x", "http://0177.0.0.1:8080/x", "https://user@0x7f.0.0.1:443/x", "http://256.0.0.1/x",
			"http://1.2.3.4.5/x", "http://hooks.example.123/x", "http://0/x" })
	void numericHostsNotInDottedDecimalFormAreRefused(String url) {
		assertThat(EndpointUrl.problem(url)).as(url)
			.hasValueSatisfying(reason -> assertThat(reason).contains("numeric host").contains("203.0.113.10"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://203.0.113.10/x", "http://0.0.0.0/x", "http://255.255.255.255:8080/x",
			"http://10.0.0.1/x", "https://1e100.net/x", "https://123.example.com/x", "https://0x7f.example/x",
			"http://[::ffff:127.0.0.1]/x" })
	void dottedDecimalAddressesAndNamesAreNotNumericHostProblems(String url) {
		assertThat(EndpointUrl.problem(url)).as(url).isEmpty();
	}
}
