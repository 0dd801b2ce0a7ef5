package dev.plaza.lending.application;

import java.util.Objects;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.platform.TenantId;

/**
 * An applicant submitted an application, in the tenant it was made in (the lender of a storefront, or
 * the marketplace's caller): its copies are still to be delivered to the lenders whose products fit.
 */
public record ApplicationSubmitted(TenantId tenant, LoanApplicationId application) {

	public ApplicationSubmitted {
		Objects.requireNonNull(tenant, "tenant");
		Objects.requireNonNull(application, "application");
	}
}
