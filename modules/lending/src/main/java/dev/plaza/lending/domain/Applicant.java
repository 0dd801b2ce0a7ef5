package dev.plaza.lending.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person applying for a loan. Personal data: kept on the application and on the copies of the
 * lenders it was shared with, and nowhere else.
 *
 * @param income net monthly income in minor units of the application's currency
 * @param employment such as {@code employed}, {@code self_employed}, {@code retired}, {@code unemployed}
 */
public record Applicant(String name, String nationalId, LocalDate dateOfBirth, String email, long income,
		String employment, String address) {

	public Applicant {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(nationalId, "nationalId");
		Objects.requireNonNull(dateOfBirth, "dateOfBirth");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(employment, "employment");
		Objects.requireNonNull(address, "address");
	}
}
