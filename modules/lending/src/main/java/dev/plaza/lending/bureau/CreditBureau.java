package dev.plaza.lending.bureau;

import dev.plaza.lending.domain.Applicant;
import dev.plaza.lending.domain.BureauAnswer;
import dev.plaza.rules.Country;

/**
 * The credit bureau, as decisions see it. The SOAP adapter behind it validates what it sends and
 * receives against the bureau's schema, retries only what is safe to ask again, and answers in the
 * module's terms.
 */
public interface CreditBureau {

	/** Checks the applicant in the country's bureau; never throws for a bureau's fault or silence. */
	BureauAnswer check(Applicant applicant, Country country);
}
