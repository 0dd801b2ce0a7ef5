package dev.plaza.lending.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.domain.LendingLimits;
import dev.plaza.lending.domain.LoanProduct;
import dev.plaza.lending.persistence.LoanProductRepository;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.InputKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A lender's loan products: created within its country's limits, then read. */
@Service
public class LoanProducts {

	private final LoanProductRepository store;

	private final Configurations configurations;

	private final Clock clock = Clock.systemUTC();

	LoanProducts(LoanProductRepository store, Configurations configurations) {
		this.store = store;
		this.configurations = configurations;
	}

	/**
	 * Stores a new product of the current lender, in its country.
	 *
	 * @throws Problem 422 if the lender chose no country, the product is in another currency than the
	 *     country's, passes one of its limits or caps (each named), or names a rule set the country lacks;
	 *     409 if the lender has a product with its code
	 */
	@Transactional
	public LoanProductView create(LoanProduct product) {
		CountryConfiguration country = configurations.chosenByTenant().orElseThrow(ProductProblems::countryNotChosen);
		String code = country.country().code();
		if (!product.currency().equals(country.currency())) {
			throw ProductProblems.foreignCurrency(product.currency().getCurrencyCode(), code,
					country.currency().getCurrencyCode());
		}
		CountryConfiguration.Lending caps = country.lending();
		var broken = new LendingLimits(code, country.version(), caps.minAmount(), caps.maxAmount(), caps.maxTermMonths(),
				caps.maxAnnualRateBasisPoints(), caps.maxAprBasisPoints())
			.brokenBy(product, LocalDate.now(clock.withZone(country.timeZone())));
		if (!broken.isEmpty()) {
			throw ProductProblems.exceeds(broken);
		}
		product.eligibilityRuleSet().ifPresent(name -> {
			List<String> known = country.ruleSets()
				.values()
				.stream()
				.filter(set -> set.input() == InputKind.LOAN_APPLICATION)
				.map(set -> set.name())
				.toList();
			if (!known.contains(name)) {
				throw ProductProblems.unknownRuleSet(name, code, known);
			}
		});
		UUID id = Ids.newId();
		if (!store.add(id, code, product)) {
			throw ProductProblems.codeTaken(product.code());
		}
		return LoanProductView.of(store.find(id).orElseThrow());
	}

	@Transactional(readOnly = true)
	public LoanProductView view(LoanProductId id) {
		return store.find(id.value()).map(LoanProductView::of).orElseThrow(() -> Problem.notFound("loan product", id));
	}

	/** Up to {@code limit} products created after the one with id {@code after}, in creation order. */
	@Transactional(readOnly = true)
	public List<LoanProductView> page(UUID after, int limit) {
		return store.after(after, limit).stream().map(LoanProductView::of).toList();
	}
}
