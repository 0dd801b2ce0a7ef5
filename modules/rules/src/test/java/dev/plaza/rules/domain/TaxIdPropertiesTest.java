package dev.plaza.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Ids built with their control character by the published formula pass, and changing one digit of them
 * fails: the single-error detection each scheme was designed for.
 */
class TaxIdPropertiesTest {

	private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	@Property
	void aDniWithItsLetterIsValidAndAnyChangedDigitIsNot(@ForAll("eightDigits") String number,
			@ForAll @IntRange(min = 0, max = 7) int at, @ForAll @IntRange(min = 1, max = 9) int by) {
		String dni = number + DNI_LETTERS.charAt(Integer.parseInt(number) % 23);

		assertThat(SpanishTaxIds.isValid(dni)).isTrue();
		assertThat(SpanishTaxIds.isValid(changed(dni, at, by))).isFalse();
	}

	/**
	 * The NIF's mod 11 maps remainders 0 and 1 both to check digit 0, so not every changed digit is caught
	 * (a known weakness of the scheme); every other check digit is.
	 */
	@Property
	void aPortugueseNifWithItsCheckDigitIsValidAndAnyOtherCheckDigitIsNot(@ForAll("eightDigits") String digits,
			@ForAll @IntRange(min = 1, max = 9) int by) {
		String body = "5" + digits.substring(1);
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (body.charAt(i) - '0') * (9 - i);
		}
		String nif = body + (sum % 11 < 2 ? 0 : 11 - sum % 11);

		assertThat(PortugueseNif.isValid(nif)).isTrue();
		assertThat(PortugueseNif.isValid(changed(nif, 8, by))).isFalse();
	}

	@Property
	void aSirenCompletedByLuhnIsValidAndAnyChangedDigitIsNot(@ForAll("eightDigits") String digits,
			@ForAll @IntRange(min = 0, max = 8) int at, @ForAll @IntRange(min = 1, max = 9) int by) {
		String siren = digits + luhnCheckDigit(digits);

		assertThat(Siren.isValid(siren)).isTrue();
		// La Poste's historical number is the one SIREN valid without Luhn.
		assertThat(Siren.isValid(changed(siren, at, by)) && !changed(siren, at, by).equals("356000000")).isFalse();
	}

	@Provide
	Arbitrary<String> eightDigits() {
		return Arbitraries.strings().numeric().ofLength(8);
	}

	private static String changed(String id, int at, int by) {
		char digit = id.charAt(at);
		return id.substring(0, at) + (char) ('0' + (digit - '0' + by) % 10) + id.substring(at + 1);
	}

	/** The digit that makes the number pass Luhn, computed from the right as ISO/IEC 7812-1 annex B does. */
	private static int luhnCheckDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return (10 - sum % 10) % 10;
	}
}
