package dev.plaza.lending.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which product of each lender an application goes to: among the lender's products that fit it
 * (currency, amount within their bounds, the term among theirs) the one with the lowest nominal rate,
 * the oldest on a tie. A lender with no fitting product does not receive the application.
 */
public final class LenderChoice {

	private LenderChoice() {
	}

	/** A lender's product as the choice sees it. */
	public record Candidate(UUID lender, UUID productId, LoanProduct product) {
	}

	/** The chosen product per lender, in the order lenders first appear among the candidates. */
	public static Map<UUID, Candidate> bestFitting(Collection<Candidate> candidates, Currency currency, long amount,
			int termMonths) {
		Map<UUID, Candidate> chosen = new LinkedHashMap<>();
		Comparator<Candidate> better = Comparator.comparingInt((Candidate candidate) -> candidate.product().annualRateBasisPoints())
			.thenComparing(Candidate::productId);
		for (Candidate candidate : candidates) {
			if (candidate.product().fits(currency, amount, termMonths)) {
				chosen.merge(candidate.lender(), candidate, (held, other) -> better.compare(other, held) < 0 ? other : held);
			}
		}
		return chosen;
	}
}
