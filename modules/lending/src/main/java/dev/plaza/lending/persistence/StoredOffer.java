package dev.plaza.lending.persistence;

import java.util.List;
import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.OfferId;
import dev.plaza.lending.domain.Installment;
import dev.plaza.platform.TenantId;

/** A lender's offer as stored: amounts in minor units of {@code currency}. */
public record StoredOffer(OfferId id, TenantId lender, LoanApplicationId application, UUID lenderCopy,
		LoanProductId product, String currency, long amount, int termMonths, long installment, long totalCost,
		long originationFee, int annualRateBasisPoints, int aprBasisPoints, List<Installment> schedule, String status) {

	public StoredOffer {
		schedule = List.copyOf(schedule);
	}

	public boolean open() {
		return "open".equals(status);
	}
}
