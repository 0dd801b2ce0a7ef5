package dev.plaza.lending.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.domain.LenderChoice;
import dev.plaza.lending.domain.LenderChoice.Candidate;
import dev.plaza.lending.persistence.LoanApplicationRepository;
import dev.plaza.lending.persistence.LoanApplicationRepository.Copy;
import dev.plaza.lending.persistence.LoanApplicationRepository.StoredApplication;
import dev.plaza.lending.persistence.LoanProductRepository;
import dev.plaza.lending.persistence.MarketplaceRepository;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers an application to its lenders: a storefront's to that lender, a marketplace's to every
 * participating lender that takes the applicant's country; each receives one copy, for its best fitting
 * product ({@link LenderChoice}). An application no lender can take is declined, saying why.
 */
@Service
public class CopyDelivery {

	private static final Logger log = LoggerFactory.getLogger(CopyDelivery.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LoanApplicationRepository applications;

	private final LoanProductRepository products;

	private final MarketplaceRepository marketplace;

	private final TransactionTemplate transactions;

	CopyDelivery(LoanApplicationRepository applications, LoanProductRepository products, MarketplaceRepository marketplace,
			PlatformTransactionManager transactionManager) {
		this.applications = applications;
		this.products = products;
		this.marketplace = marketplace;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Delivers the application's copies, in the platform scope, across lenders. Delivering it again adds no
	 * copy and changes none: each lender has at most one per application.
	 */
	public void deliver(LoanApplicationId id) {
		TenantContext.runAs(TenantId.PLATFORM, () -> transactions.executeWithoutResult(status -> applications.find(id.value())
			.ifPresentOrElse(this::deliver, () -> log.warn("Application {} to deliver does not exist", id))));
	}

	private void deliver(StoredApplication application) {
		List<UUID> lenders = onStorefront(application) ? List.of(application.tenant())
				: marketplace.participatingIn(application.country());
		List<Candidate> candidates = products.ofLenders(lenders, application.currency())
			.stream()
			.map(stored -> new Candidate(stored.lender(), stored.id(), stored.product()))
			.toList();
		Map<UUID, Candidate> chosen = LenderChoice.bestFitting(candidates, application.currency(), application.amount(),
				application.termMonths());
		if (chosen.isEmpty()) {
			applications.declineUndelivered(application.id(), JSON.writeValueAsString(List.of(noLenderFits(application))));
			return;
		}
		int delivered = applications.deliver(application,
				chosen.values().stream().map(choice -> new Copy(Ids.newId(), choice.lender(), choice.productId())).toList());
		log.info("Application {} delivered to {} new of {} fitting lenders", application.id(), delivered, chosen.size());
	}

	private static boolean onStorefront(StoredApplication application) {
		return ApplicationChannel.STOREFRONT.code().equals(application.channel());
	}

	private static String noLenderFits(StoredApplication application) {
		return "No lender offers a loan of " + application.amount() + " " + application.currency().getCurrencyCode()
				+ " (minor units) over " + application.termMonths() + " months"
				+ (onStorefront(application) ? " on this storefront" : " to applicants in "
						+ application.country())
				+ "; try another amount or term";
	}
}
