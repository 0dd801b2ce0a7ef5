package dev.plaza.lending.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.lending.Applicants;
import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.LoanId;
import dev.plaza.lending.OfferId;
import dev.plaza.lending.OpenedLoan;
import dev.plaza.lending.domain.Applicant;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import org.springframework.stereotype.Service;

/** {@link Applicants} over the services the API's controllers call, so both apply the same rules. */
@Service
class ApplicantDesk implements Applicants {

	/** Products are paged after an id: this one comes before every other. */
	private static final UUID FIRST = new UUID(0L, 0L);

	private final LoanApplications applications;

	private final OfferAcceptance offers;

	private final LoanProducts products;

	private final LoanReads loans;

	private final Configurations configurations;

	ApplicantDesk(LoanApplications applications, OfferAcceptance offers, LoanProducts products, LoanReads loans,
			Configurations configurations) {
		this.applications = applications;
		this.offers = offers;
		this.products = products;
		this.loans = loans;
		this.configurations = configurations;
	}

	@Override
	public LoanApplicationId apply(Application application) {
		ApplicationDraft draft = new ApplicationDraft(new Applicant(application.name(), application.nationalId(),
				application.dateOfBirth(), application.email(), application.income(), application.employment(),
				application.address()), application.amount(), application.termMonths(), application.purpose(),
				application.country(), application.consentToShare());
		return new LoanApplicationId(applications
			.submit(draft, application.marketplace() ? ApplicationChannel.MARKETPLACE : ApplicationChannel.STOREFRONT)
			.id());
	}

	@Override
	public Progress progress(LoanApplicationId id) {
		LoanApplicationView view = applications.view(id);
		return new Progress(id, view.status(), view.currency(), view.amount(), view.termMonths(), view.purpose(),
				view.applicant().name(),
				view.decisions()
					.stream()
					.map(decision -> new Decision(decision.lender(), decision.lenderName(), decision.status(), decision.reasons()))
					.toList(),
				view.reasons(), Optional.ofNullable(view.loanId()).map(LoanId::new));
	}

	@Override
	public List<Offer> offers(LoanApplicationId application) {
		return offers.open(application).stream().map(listed -> {
			var offer = listed.offer();
			return new Offer(offer.id(), listed.lenderName(), offer.currency(), offer.amount(), offer.termMonths(),
					offer.installment(), offer.totalCost(), offer.annualRateBasisPoints(), offer.aprBasisPoints(),
					offer.schedule()
						.stream()
						.map(due -> new Due(due.number(), due.dueDate(), due.principal(), due.interest(), due.fees(), due.total()))
						.toList());
		}).toList();
	}

	@Override
	public LoanId accept(LoanApplicationId application, OfferId offer) {
		return offers.accept(application, offer);
	}

	@Override
	public Optional<OpenedLoan> loan(LoanApplicationId application) {
		LoanApplicationView view = applications.view(application);
		// The loan is its lender's: read it in the lender's tenant, as the lender's systems do.
		return Optional.ofNullable(view.loanId())
			.flatMap(loan -> view.decisions()
				.stream()
				.filter(decision -> "accepted".equals(decision.status()))
				.findFirst()
				.map(lender -> TenantContext.callAs(new TenantId(lender.lender()), () -> loans.opened(new LoanId(loan)))));
	}

	@Override
	public Lends lends() {
		List<LoanProductView> offered = products.page(FIRST, 100);
		return new Lends(configurations.tenant().currency(),
				offered.stream().flatMap(product -> product.termsMonths().stream()).distinct().sorted().toList(),
				offered.stream().map(LoanProductView::minAmount).min(Comparator.naturalOrder()),
				offered.stream().map(LoanProductView::maxAmount).max(Comparator.naturalOrder()));
	}

	@Override
	public List<Market> markets() {
		Instant now = Instant.now();
		return configurations.countries()
			.stream()
			.sorted(Comparator.comparing(Country::code))
			.map(country -> new Market(country.code(), configurations.country(country, now).currency()))
			.toList();
	}
}
