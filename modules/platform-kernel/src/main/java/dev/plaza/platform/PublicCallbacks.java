package dev.plaza.platform;

import java.util.List;

/**
 * {@code POST} endpoints that partners call back without a token, such as a payment processor's
 * webhooks: a module declares its own as a bean. Such a request is bound to no tenant; its handler
 * authenticates it itself (a signature over the body, say) and binds the tenant the verified request
 * names.
 *
 * @param pathPatterns Spring path patterns, such as {@code /api/v1/payments/webhooks/card-processor}
 */
public record PublicCallbacks(List<String> pathPatterns) {

	public PublicCallbacks {
		pathPatterns = List.copyOf(pathPatterns);
	}

	public static PublicCallbacks of(String... pathPatterns) {
		return new PublicCallbacks(List.of(pathPatterns));
	}
}
