package dev.plaza.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

	@ParameterizedTest
	@ValueSource(strings = { "DE89370400440532013000", "GB82WEST12345698765432", "ES9121000418450200051332",
			"ES91 2100 0418 4502 0005 1332", "FR1420041010050500013M02606", "PT50000201231234567890154",
			"IT60X0542811101000000123456", "NL91ABNA0417164300", "be71096123456769", "NO9386011117947" })
	void publishedExamplesAreValid(String iban) {
		assertThat(Iban.isValid(iban)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "DE89370400440532013001", "ES9121000418450200051333", "ES912100041845020005133",
			"XX89370400440532013000", "DE8937040044053201300", "GB82WEST1234569876543$", "" })
	void aWrongCheckLengthOrCountryIsRefused(String iban) {
		assertThat(Iban.isValid(iban)).isFalse();
	}

	@Property
	void anIbanBuiltWithItsCheckDigitsIsValid(@ForAll("ibans") String iban) {
		assertThat(Iban.isValid(iban)).isTrue();
	}

	/** MOD 97-10 catches every single-character substitution. */
	@Property
	void changingAnyOneDigitMakesItInvalid(@ForAll("ibans") String iban, @ForAll @IntRange(min = 2, max = 21) int at,
			@ForAll @IntRange(min = 1, max = 9) int by) {
		char digit = iban.charAt(at);
		char changed = (char) ('0' + (digit - '0' + by) % 10);
		String altered = iban.substring(0, at) + changed + iban.substring(at + 1);
		assertThat(Iban.isValid(altered)).isFalse();
	}

	/** German IBANs (22 characters, all digits after the country) with their check digits computed independently. */
	@Provide
	Arbitrary<String> ibans() {
		return Arbitraries.strings().numeric().ofLength(18).map(bban -> {
			BigInteger rearranged = new BigInteger(bban + "131400"); // D=13, E=14, check digits 00
			int check = 98 - rearranged.mod(BigInteger.valueOf(97)).intValue();
			return "DE" + String.format("%02d", check) + bban;
		});
	}
}
