package dev.plaza.onboarding.kyb;

import dev.plaza.onboarding.domain.Business;
import plaza.kyb.v1.Contact;
import plaza.kyb.v1.VerifyRequest;

/** A business as the provider's contract asks for it. */
final class VerifyRequests {

	private VerifyRequests() {
	}

	static VerifyRequest of(String requestId, Business business) {
		return VerifyRequest.newBuilder()
			.setRequestId(requestId)
			.setLegalName(orEmpty(business.legalName()))
			.setTaxId(orEmpty(business.taxId()))
			.setCountry(orEmpty(business.country()))
			.setAddress(orEmpty(business.address()))
			.setIban(orEmpty(business.iban()))
			.setContact(Contact.newBuilder().setName(orEmpty(business.contactName())).setEmail(orEmpty(business.contactEmail())))
			.build();
	}

	/** Protobuf has no null strings: an absent field is empty, which the provider refuses where it requires one. */
	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
