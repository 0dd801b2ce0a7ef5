package dev.plaza.payments.application;

import java.net.URI;
import java.time.Duration;

import dev.plaza.payments.domain.VerificationSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payments settings.
 *
 * @param processorUrl the card processor's API, such as {@code https://processor.example}; the standalone
 * app starts its bundled simulator when none is set
 * @param apiKey Plaza's secret key at the processor
 * @param webhookSecret the secret the processor signs webhooks with; when empty every webhook is refused
 * @param budget the longest Plaza waits for one answer of the processor; a confirmation that gets none
 * in time answers {@code pending}
 * @param webhookTolerance how far a webhook's signed timestamp may lie from now; older deliveries are
 * refused as possible replays
 * @param verifyAfter how long a payment or refund may await the processor before the verification job
 * asks about it
 * @param verifyAtMostEvery the longest wait between two questions about one payment, as the wait doubles
 * after each unsettled one
 * @param verificationInterval how often the verification job looks for payments and refunds to ask about
 * @param circuitOpenFor how long calls fail at once, without reaching the processor, after most recent
 * calls failed
 */
@ConfigurationProperties("plaza.payments")
public record PaymentsProperties(URI processorUrl, @DefaultValue("") String apiKey, @DefaultValue("") String webhookSecret,
		@DefaultValue("1s") Duration budget, @DefaultValue("5m") Duration webhookTolerance,
		@DefaultValue("10s") Duration verifyAfter, @DefaultValue("10m") Duration verifyAtMostEvery,
		@DefaultValue("2s") Duration verificationInterval, @DefaultValue("30s") Duration circuitOpenFor) {

	VerificationSchedule verificationSchedule() {
		return new VerificationSchedule(verifyAfter, verifyAtMostEvery);
	}
}
