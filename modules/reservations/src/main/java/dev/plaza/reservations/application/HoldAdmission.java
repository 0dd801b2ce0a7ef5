package dev.plaza.reservations.application;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.reservations.application.RateLimits.Decision;
import dev.plaza.reservations.domain.HoldSettings;
import org.springframework.stereotype.Component;

/**
 * Anti-scalping by rate: one token bucket per API client and one per IP address, each per tenant
 * and with that tenant's rates. A bot spread over many IPs behind one client meets the client's
 * bucket; many clients from one host meet the IP's.
 */
@Component
public class HoldAdmission {

	private final RateLimits limits;

	HoldAdmission(RateLimits limits) {
		this.limits = limits;
	}

	/** The refusing decision if either bucket is empty, else the one with fewer tokens left. */
	public Decision admit(HoldSettings settings, String client, String ip) {
		TenantId tenant = TenantContext.current().orElseThrow();
		Decision byClient = limits.take("holds/" + tenant + "/client/" + client, settings.clientRate());
		if (!byClient.allowed()) {
			return byClient;
		}
		Decision byIp = limits.take("holds/" + tenant + "/ip/" + ip, settings.ipRate());
		return !byIp.allowed() || byIp.remaining() < byClient.remaining() ? byIp : byClient;
	}
}
