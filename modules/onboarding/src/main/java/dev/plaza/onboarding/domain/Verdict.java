package dev.plaza.onboarding.domain;

import java.time.Duration;
import java.util.List;

/** What a KYB provider made of a business, in the module's own terms (never the provider's protocol). */
public sealed interface Verdict {

	/** The provider knows the business and vouches for it. */
	record Verified(String providerReference) implements Verdict {
	}

	/** The provider refuses the business for good; asking again will not change it. */
	record Rejected(List<String> reasons) implements Verdict {

		public Rejected {
			reasons = List.copyOf(reasons);
		}
	}

	/**
	 * No answer now, but one may come later: the provider is shedding load, or the adapter's circuit
	 * is open or its retry budget spent. Ask again after {@code retryAfter}; this is not an attempt spent.
	 */
	record Deferred(Duration retryAfter, String reason) implements Verdict {
	}

	/** The last attempt failed too: the business goes to the dead-letter state until someone retries it. */
	record Failed(String reason) implements Verdict {
	}
}
