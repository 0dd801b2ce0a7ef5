package dev.plaza.lending.application;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.persistence.LoanApplicationRepository;
import dev.plaza.lending.persistence.LoanApplicationRepository.StoredApplication;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applicants apply once, on a lender's storefront or on the marketplace, and follow their application:
 * its copies reach the lenders whose products fit after the submission commits ({@link ApplicationSubmitted}).
 */
@Service
public class LoanApplications {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LoanApplicationRepository store;

	private final Configurations configurations;

	private final TenantDirectory tenants;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	LoanApplications(LoanApplicationRepository store, Configurations configurations, TenantDirectory tenants,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.configurations = configurations;
		this.tenants = tenants;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Stores the application in the current tenant and has its copies delivered. In the currency of the
	 * applicant's country; a storefront application without a country takes its lender's.
	 *
	 * @throws Problem 422 on the marketplace without the applicant's consent, or for a country Plaza has
	 *     no configuration for; 400 on the marketplace without a country
	 */
	public LoanApplicationView submit(ApplicationDraft draft, ApplicationChannel channel) {
		if (channel == ApplicationChannel.MARKETPLACE && !draft.consentToShare()) {
			throw ApplicationProblems.consentRequired();
		}
		String country = draft.country().orElseGet(() -> {
			if (channel == ApplicationChannel.MARKETPLACE) {
				throw ApplicationProblems.countryRequired();
			}
			return configurations.tenant().country().code();
		});
		Currency currency = currencyOf(country);
		UUID id = Ids.newId();
		TenantId tenant = TenantContext.current().orElseThrow();
		transactions.executeWithoutResult(status -> {
			store.add(id, channel.code(), country, currency, draft.amount(), draft.termMonths(), draft.purpose(),
					JSON.writeValueAsString(draft.applicant()), draft.consentToShare());
			events.publishEvent(new ApplicationSubmitted(tenant, new LoanApplicationId(id)));
		});
		return view(new LoanApplicationId(id));
	}

	/**
	 * The application with each lender's decision so far; 404 unless the current tenant made it (the
	 * storefront's lender, or the marketplace's caller).
	 */
	public LoanApplicationView view(LoanApplicationId id) {
		StoredApplication application = transactions.execute(status -> store.find(id.value()))
			.orElseThrow(() -> Problem.notFound("loan application", id));
		// The copies belong to the lenders: read them, and the lenders' names, as the platform.
		List<LoanApplicationView.Decision> decisions = TenantContext.callAs(TenantId.PLATFORM,
				() -> transactions.execute(status -> store.decisions(id.value()))
					.stream()
					.map(decision -> new LoanApplicationView.Decision(decision.lender(), nameOf(decision.lender()), decision.status(),
							texts(decision.reasons())))
					.toList());
		JsonNode applicant = JSON.readTree(application.applicant());
		return new LoanApplicationView(application.id(), application.status(), application.channel(), application.country(),
				application.currency().getCurrencyCode(), application.amount(), application.termMonths(), application.purpose(),
				new LoanApplicationView.ApplicantSummary(applicant.path("name").asString(), applicant.path("email").asString()),
				application.submittedAt(), decisions, texts(application.reasons()), application.loanId().orElse(null));
	}

	private Currency currencyOf(String code) {
		List<String> known = configurations.countries().stream().map(Country::code).sorted().toList();
		if (!known.contains(code)) {
			throw ProductProblems.unsupportedCountries("country", List.of(code), known);
		}
		return configurations.country(Country.of(code), clock.instant()).currency();
	}

	private String nameOf(UUID lender) {
		return tenants.find(new TenantId(lender)).map(Tenant::organizationName).orElse(lender.toString());
	}

	/** Reasons as stored: a JSON array of texts, or of objects with a {@code message}. */
	private static List<String> texts(String reasons) {
		return JSON.readTree(reasons)
			.valueStream()
			.map(reason -> reason.isString() ? reason.asString() : reason.path("message").asString())
			.toList();
	}
}
