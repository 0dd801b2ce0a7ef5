package dev.plaza.lending.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/** How loan products and the marketplace refuse requests. */
public final class ProductProblems {

	/** The lender never chose the country whose rules its products follow. */
	static final ProblemType COUNTRY_NOT_CHOSEN = new ProblemType("lender-country-not-chosen", "Lender's country not chosen",
			422);

	/** A product passes one of its country's lending limits or rate caps. */
	static final ProblemType EXCEEDS_LENDING_LIMIT = new ProblemType("exceeds-lending-limit", "Exceeds a lending limit", 422);

	/** A product in another currency than its country's. */
	static final ProblemType FOREIGN_CURRENCY = new ProblemType("foreign-currency", "Not the country's currency", 422);

	/** A rule set the lender's country configuration does not hold for loan applications. */
	static final ProblemType UNKNOWN_RULE_SET = new ProblemType("unknown-rule-set", "Unknown rule set", 422);

	/** The lender already has a product with the code. */
	static final ProblemType PRODUCT_CODE_TAKEN = new ProblemType("product-code-taken", "Product code taken", 409);

	/** A country Plaza has no configuration for. */
	static final ProblemType UNSUPPORTED_COUNTRY = new ProblemType("unsupported-country", "Unsupported country", 422);

	private ProductProblems() {
	}

	static Problem countryNotChosen() {
		return new Problem(COUNTRY_NOT_CHOSEN, "A lender's products follow the lending limits of its country, and this tenant "
				+ "has not chosen one. Choose it with PUT /api/v1/config/tenant {\"country\": \"ES\"} first, then retry.");
	}

	static Problem exceeds(List<FieldError> broken) {
		return Problem.invalidFields(EXCEEDS_LENDING_LIMIT, broken);
	}

	static Problem foreignCurrency(String sent, String country, String currency) {
		return Problem.invalidFields(FOREIGN_CURRENCY, List.of(new FieldError("currency", "must be " + currency
				+ ", the currency lent in " + country + " (not " + sent + ")")));
	}

	static Problem unknownRuleSet(String name, String country, Collection<String> known) {
		return Problem.invalidFields(UNKNOWN_RULE_SET, List.of(new FieldError("eligibilityRuleSet", "names '" + name
				+ "', which " + country + "'s configuration does not hold for loan applications; choose one of "
				+ known.stream().sorted().toList() + ", or leave it null")));
	}

	static Problem codeTaken(String code) {
		return new Problem(PRODUCT_CODE_TAKEN, "This lender already has a loan product with code '" + code
				+ "'. Choose another code, or read the existing one with GET /api/v1/lending/products.", Map.of("code", code));
	}

	static Problem unsupportedCountries(String field, Collection<String> unknown, Collection<String> known) {
		return Problem.invalidFields(UNSUPPORTED_COUNTRY, List.of(new FieldError(field, "names " + unknown
				+ ", which Plaza has no configuration for; choose among " + known)));
	}
}
