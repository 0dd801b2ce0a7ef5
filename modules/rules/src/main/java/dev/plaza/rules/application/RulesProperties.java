package dev.plaza.rules.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration's own settings.
 *
 * @param defaultCountry the country a tenant that never chose one follows (ISO 3166-1 alpha-2)
 * @param followInterval how often each instance looks for changes committed by others; a change is applied
 *     everywhere within about this long
 * @param lookBack how far back each look reaches, so that a change whose transaction committed after a later
 *     one is still seen
 * @param clockSkew how far in the past a version's {@code effectiveFrom} may lie and still count as "now"
 * @param tenantCacheSize how many tenants' configurations each instance keeps in memory
 */
@ConfigurationProperties("plaza.rules")
public record RulesProperties(@DefaultValue("ES") String defaultCountry, @DefaultValue("500ms") Duration followInterval,
		@DefaultValue("30s") Duration lookBack, @DefaultValue("5s") Duration clockSkew,
		@DefaultValue("10000") int tenantCacheSize) {
}
