package dev.plaza.onboarding.kyb;

import dev.plaza.onboarding.domain.Business;
import dev.plaza.onboarding.domain.Verdict;

/**
 * Asks the KYB (know your business) provider about a business. Implementations retry what is safe
 * to retry inside one call and translate every protocol outcome into a {@link Verdict}; they never
 * throw for an outcome of the provider. Safe to call from many workers at once.
 */
public interface KybProvider {

	/**
	 * @param requestId the same for every attempt about one item, so the provider and the adapter can
	 *     recognise a repeated question and a duplicate answer
	 */
	Verdict verify(String requestId, Business business);
}
