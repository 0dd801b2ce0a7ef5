package dev.plaza.lending.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.lending.bureau.CreditBureau;
import dev.plaza.lending.domain.Applicant;
import dev.plaza.lending.domain.BureauAnswer;
import dev.plaza.lending.domain.CreditPolicy;
import dev.plaza.lending.domain.CreditReport;
import dev.plaza.lending.domain.Decision;
import dev.plaza.lending.domain.OfferTerms;
import dev.plaza.lending.domain.Reason;
import dev.plaza.lending.persistence.DecisionCopy;
import dev.plaza.platform.Problem;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import dev.plaza.rules.RuleFailure;
import dev.plaza.rules.Rules;
import dev.plaza.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * Judges one lender's copy, in that lender's scope (its rules, its configuration): the product's
 * eligibility rules first, then the credit bureau and the credit policy. Writes nothing; the
 * verdict is recorded by {@link Decisions}.
 */
@Component
class Underwriting {

	private final Rules rules;

	private final CreditBureau bureau;

	private final Configurations configurations;

	private final DecisionProperties properties;

	private final CreditPolicy policy;

	Underwriting(Rules rules, CreditBureau bureau, Configurations configurations, DecisionProperties properties) {
		this.rules = rules;
		this.bureau = bureau;
		this.configurations = configurations;
		this.properties = properties;
		this.policy = properties.policy().creditPolicy();
	}

	/**
	 * What became of a check: a decision (with the report it leaned on and the offer's terms when
	 * approved), or a wait for the bureau.
	 */
	sealed interface Verdict {

		record Decided(Decision decision, CreditReport report, OfferTerms offer) implements Verdict {
		}

		record AskAgain(Instant at, String reason) implements Verdict {
		}
	}

	/** Call in the lender's scope. */
	Verdict judge(DecisionCopy copy) {
		Applicant applicant = copy.applicant();
		LocalDate today = LocalDate.now(configurations.tenant().timeZone());
		OfferTerms offer;
		try {
			offer = OfferTerms.of(copy.product().terms(copy.amount(), copy.termMonths(),
					copy.product().annualRateBasisPoints(), today), copy.product().originationFeeBasisPoints());
		}
		catch (IllegalArgumentException ex) {
			return review("terms_not_computable", "The product's terms give no schedule for this amount and term: "
					+ ex.getMessage());
		}
		Country country;
		try {
			country = Country.of(copy.country());
		}
		catch (IllegalArgumentException ex) {
			return review("unknown_country", "The application's country " + copy.country() + " is not one Plaza knows.");
		}
		if (copy.product().eligibilityRuleSet() != null) {
			List<Reason> failed;
			try {
				failed = rules.evaluate(country, copy.product().eligibilityRuleSet(), ruleInput(copy, applicant))
					.stream()
					.filter(failure -> failure.severity() == Severity.ERROR)
					.map(Underwriting::reason)
					.toList();
			}
			catch (IllegalArgumentException | Problem ex) {
				return review("eligibility_rules_unavailable", "The product's eligibility rules ("
						+ copy.product().eligibilityRuleSet() + ") could not be evaluated: " + ex.getMessage());
			}
			if (!failed.isEmpty()) {
				return new Verdict.Decided(new Decision.Declined(failed), null, null);
			}
		}
		return switch (bureau.check(copy.application(), applicant, country)) {
			case BureauAnswer.Reported reported -> {
				Decision decision = policy.decide(reported.report(), applicant.income(), offer.monthlyInstallment());
				yield new Verdict.Decided(decision, reported.report(), decision instanceof Decision.Approved ? offer : null);
			}
			case BureauAnswer.NoFile noFile -> review("no_credit_file",
					"The credit bureau has no file on the applicant: there is no history to decide on.");
			case BureauAnswer.Refused refused -> new Verdict.Decided(new Decision.Declined(List.of(new Reason(
					"credit_check_refused", "The credit bureau could not check your details: " + refused.reason()))), null,
					null);
			case BureauAnswer.Unavailable unavailable -> copy.attempts() + 1 >= properties.maxAttempts()
					? review("bureau_unavailable", "The credit bureau did not answer after " + properties.maxAttempts()
							+ " attempts: " + unavailable.reason())
					: new Verdict.AskAgain(Instant.now().plus(properties.retryAfter(copy.attempts() + 1)), unavailable.reason());
		};
	}

	private static Verdict review(String code, String message) {
		return new Verdict.Decided(new Decision.ManualReview(List.of(new Reason(code, message))), null, null);
	}

	private static Reason reason(RuleFailure failure) {
		return new Reason(failure.rule(), failure.message());
	}

	/** The fields of the {@code application} variable eligibility rules read. */
	private static Map<String, Object> ruleInput(DecisionCopy copy, Applicant applicant) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", applicant.name());
		input.put("nationalId", applicant.nationalId());
		input.put("dateOfBirth", applicant.dateOfBirth());
		input.put("email", applicant.email());
		input.put("income", applicant.income());
		input.put("employment", applicant.employment());
		input.put("amount", copy.amount());
		input.put("termMonths", copy.termMonths());
		input.put("purpose", copy.purpose());
		input.put("country", copy.country());
		return input;
	}
}
