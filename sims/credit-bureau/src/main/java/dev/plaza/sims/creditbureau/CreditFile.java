package dev.plaza.sims.creditbureau;

import java.util.Optional;

/**
 * What the simulated bureau knows of a person, derived from the national id alone so that a test picks
 * the applicant it needs. The last three digits of the id ({@code 000} when it has none) decide:
 * <ul>
 * <li>{@code 000}–{@code 099}: no file;</li>
 * <li>{@code 300}–{@code 850}: that is the score ({@code 12345750Z} scores 750, {@code 12345520Z} 520);</li>
 * <li>{@code 100}–{@code 299}: the score is 300 more; {@code 851}–{@code 999}: 300 less.</li>
 * </ul>
 * Below a score of 580 the person has defaulted, once per 70 points short of it; open debts grow by
 * 20.00 per point below 850.
 *
 * @param openDebts in minor units
 */
record CreditFile(int score, long openDebts, int defaults) {

	static Optional<CreditFile> of(String nationalId) {
		int last = lastThreeDigits(nationalId);
		if (last < 100) {
			return Optional.empty();
		}
		int score = last < 300 ? last + 300 : last > 850 ? last - 300 : last;
		int defaults = score < 580 ? (580 - score) / 70 + 1 : 0;
		return Optional.of(new CreditFile(score, (850L - score) * 2_000, defaults));
	}

	private static int lastThreeDigits(String nationalId) {
		String digits = nationalId.replaceAll("\\D", "");
		return digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(Math.max(0, digits.length() - 3)));
	}
}
