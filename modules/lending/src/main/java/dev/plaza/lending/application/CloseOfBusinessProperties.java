package dev.plaza.lending.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily close of business over lenders' loans.
 *
 * @param enabled whether this instance closes each lender's previous local day by itself (the HTTP
 *     trigger works either way); every instance may: they share the loans chunk by chunk
 * @param interval how often the scheduler looks for lenders whose local day has ended
 * @param chunkSize loans closed in one transaction
 * @param workers threads per instance closing chunks of one day side by side
 */
@ConfigurationProperties("plaza.lending.close-of-business")
public record CloseOfBusinessProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") Duration interval,
		@DefaultValue("10000") int chunkSize, @DefaultValue("2") int workers) {

	public CloseOfBusinessProperties {
		if (chunkSize < 1 || workers < 1) {
			throw new IllegalArgumentException("chunk size and workers are at least 1, not " + chunkSize + " and " + workers);
		}
	}
}
