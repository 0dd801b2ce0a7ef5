package dev.plaza.lending.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.application.OfferAcceptance.ListedOffer;
import dev.plaza.lending.domain.Installment;
import dev.plaza.lending.persistence.StoredOffer;
import io.swagger.v3.oas.annotations.media.Schema;

/** Offers as applicants read them. Amounts in minor units of the application's currency. */
final class OfferViews {

	private OfferViews() {
	}

	record OfferPage(List<OfferView> items) {
	}

	record OfferView(UUID id, @Schema(description = "the lender's tenant id") UUID lender, String lenderName,
			String currency, long amount, int termMonths,
			@Schema(description = "the regular installment: the first that repays principal (for equal principal, the largest)") long installment,
			@Schema(description = "what the borrower pays beyond what they receive: every installment plus the origination "
					+ "fee, less the amount (the interest and the fee)") long totalCost,
			@Schema(description = "the origination fee, kept back from the amount at disbursement") long originationFee,
			@Schema(description = "the nominal annual rate (1200 = 12 %)") int annualRateBasisPoints,
			@Schema(description = "the APR as the EU Consumer Credit Directive (Annex I) defines it, in basis points") int aprBasisPoints,
			List<InstallmentView> schedule) {

		static OfferView of(ListedOffer listed) {
			StoredOffer offer = listed.offer();
			return new OfferView(offer.id().value(), offer.lender().value(), listed.lenderName(), offer.currency(),
					offer.amount(), offer.termMonths(), offer.installment(), offer.totalCost(), offer.originationFee(),
					offer.annualRateBasisPoints(), offer.aprBasisPoints(),
					offer.schedule().stream().map(InstallmentView::of).toList());
		}
	}

	record InstallmentView(int number, LocalDate dueDate, long principal, long interest, long fees, long total) {

		static InstallmentView of(Installment installment) {
			return new InstallmentView(installment.number(), installment.dueDate(), installment.principal(),
					installment.interest(), installment.fees(), installment.total());
		}
	}

	record AcceptedView(UUID loanId) {
	}
}
