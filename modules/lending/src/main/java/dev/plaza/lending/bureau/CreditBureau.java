package dev.plaza.lending.bureau;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.domain.Applicant;
import dev.plaza.lending.domain.BureauAnswer;
import dev.plaza.rules.Country;

/**
 * The credit bureau, as decisions see it. The SOAP adapter behind it validates what it sends and
 * receives against the bureau's schema, retries only what is safe to ask again, and answers in the
 * module's terms.
 */
public interface CreditBureau {

	/**
	 * Checks the applicant of an application in the country's bureau; never throws for a bureau's fault or
	 * silence. All checks of one application are one inquiry on the applicant's file: each lender deciding a
	 * marketplace application, and each re-run of a decision, asks under the same request id, derived from
	 * the application, and the bureau answers a repeated request id with its first answer.
	 */
	BureauAnswer check(LoanApplicationId application, Applicant applicant, Country country);
}
