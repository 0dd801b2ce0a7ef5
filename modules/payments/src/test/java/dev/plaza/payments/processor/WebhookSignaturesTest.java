package dev.plaza.payments.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.plaza.payments.processor.WebhookSignatures.Verdict;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

	static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

	static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	final WebhookSignatures signatures = new WebhookSignatures("whsec_shared", Duration.ofMinutes(5));

	@Test
	void aSignatureWithTheSharedSecretOverTimestampAndBodyIsValid() throws Exception {
		long t = NOW.getEpochSecond();

		assertThat(signatures.verify("t=" + t + ",v1=" + hmac("whsec_shared", t + "." + new String(BODY)), BODY, NOW))
			.isEqualTo(Verdict.VALID);
		assertThat(signatures.verify("t=" + t + ",v1=00ff,v1=" + hmac("whsec_shared", t + "." + new String(BODY)), BODY, NOW))
			.as("one of several v1 signatures, as during a secret rotation").isEqualTo(Verdict.VALID);
	}

	@Test
	void anotherSecretAnotherBodyOrAnotherTimestampIsAMismatch() throws Exception {
		long t = NOW.getEpochSecond();
		String valid = hmac("whsec_shared", t + "." + new String(BODY));

		assertThat(signatures.verify("t=" + t + ",v1=" + hmac("whsec_guess", t + "." + new String(BODY)), BODY, NOW))
			.isEqualTo(Verdict.MISMATCH);
		assertThat(signatures.verify("t=" + t + ",v1=" + valid, "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8), NOW))
			.isEqualTo(Verdict.MISMATCH);
		assertThat(signatures.verify("t=" + (t - 1) + ",v1=" + valid, BODY, NOW)).isEqualTo(Verdict.MISMATCH);
	}

	@Test
	void aValidSignatureOutsideTheToleranceIsStale() throws Exception {
		long old = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();

		assertThat(signatures.verify("t=" + old + ",v1=" + hmac("whsec_shared", old + "." + new String(BODY)), BODY, NOW))
			.isEqualTo(Verdict.STALE);
	}

	@Test
	void missingOrMalformedHeadersAreRefused() {
		assertThat(signatures.verify(null, BODY, NOW)).isEqualTo(Verdict.MISSING);
		assertThat(signatures.verify("", BODY, NOW)).isEqualTo(Verdict.MISSING);
		assertThat(signatures.verify("v1=abc", BODY, NOW)).isEqualTo(Verdict.MALFORMED);
		assertThat(signatures.verify("t=soon,v1=abc", BODY, NOW)).isEqualTo(Verdict.MALFORMED);
		assertThat(signatures.verify("garbage", BODY, NOW)).isEqualTo(Verdict.MALFORMED);
	}

	@Test
	void withoutASecretNothingIsValid() throws Exception {
		WebhookSignatures unconfigured = new WebhookSignatures("", Duration.ofMinutes(5));
		long t = NOW.getEpochSecond();

		assertThat(unconfigured.verify("t=" + t + ",v1=" + hmac("x", t + "." + new String(BODY)), BODY, NOW))
			.isEqualTo(Verdict.MISMATCH);
	}

	static String hmac(String secret, String text) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}
}
