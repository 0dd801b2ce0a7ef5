package dev.plaza.onboarding.domain;

import java.util.Optional;

/**
 * A business as one row of an onboarding job describes it, after the row was read but before it
 * was validated: any field may still be wrong.
 *
 * @param country ISO 3166-1 alpha-2, as written in the row
 * @param externalReference the uploader's own id for the business, when it gave one
 */
public record Business(String legalName, String taxId, String country, String contactEmail, String contactName,
		String iban, String address, Optional<String> externalReference) {
}
