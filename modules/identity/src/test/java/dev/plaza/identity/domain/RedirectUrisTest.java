package dev.plaza.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectUrisTest {

	@Test
	void httpsAnywhereAndHttpOnlyOnLoopbackAreAccepted() {
		assertThat(RedirectUris.refusal("https://app.example/callback")).isNull();
		assertThat(RedirectUris.refusal("http://127.0.0.1/callback")).isNull();
		assertThat(RedirectUris.refusal("http://[::1]:8080/cb")).isNull();
		assertThat(RedirectUris.refusal("http://localhost:3000/cb")).isNull();
	}

	@Test
	void plainHttpOffLoopbackIsRefused() {
		assertThat(RedirectUris.refusal("http://app.example/callback")).contains("https");
		assertThat(RedirectUris.refusal("http://127.0.0.1.evil.example/cb")).contains("https");
	}

	@Test
	void relativeUrisFragmentsAndOtherSchemesAreRefused() {
		assertThat(RedirectUris.refusal("/callback")).contains("absolute");
		assertThat(RedirectUris.refusal("https://app.example/cb#token")).contains("fragment");
		assertThat(RedirectUris.refusal("javascript:alert(1)")).contains("absolute");
		assertThat(RedirectUris.refusal("https://app example/cb")).contains("not a URI");
	}
}
