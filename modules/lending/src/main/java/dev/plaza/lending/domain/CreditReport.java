package dev.plaza.lending.domain;

/**
 * What a credit bureau knows of an applicant.
 *
 * @param score from 300 (worst) to 850 (best)
 * @param openDebts what the applicant owes elsewhere, in minor units
 * @param defaults loans the applicant defaulted on
 * @param inquiries credit checks of the applicant in the last six months
 */
public record CreditReport(int score, long openDebts, int defaults, int inquiries) {
}
