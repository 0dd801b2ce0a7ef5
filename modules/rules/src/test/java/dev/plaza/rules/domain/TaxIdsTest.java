package dev.plaza.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Known ids, valid ones cross-checked with python-stdnum, and near misses of each. */
class TaxIdsTest {

	@ParameterizedTest
	@ValueSource(strings = { "12345678Z", "12345678-z", "X1234567L", "Y1234567X", "Z1234567R", "B12345674",
			"A58818501", "Q2826000H", "P2807900B", "N0032484H", "J12345674", "J1234567D" })
	void spanishNifNieAndCifAreAccepted(String id) {
		assertThat(SpanishTaxIds.isValid(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678A", "1234567Z", "W1234567L", "X1234567A", "B12345675",
			// python-stdnum takes either control character for every kind; Orden EHA/451/2008 fixes it for these
			"B1234567D",
			"Q28260008", "I2826000H", "", "ABCDEFGHI" })
	void spanishIdsWithAWrongControlOrShapeAreRefused(String id) {
		assertThat(SpanishTaxIds.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789", "501442600", "999999990", "501 442 600" })
	void portugueseNifsAreAccepted(String id) {
		assertThat(PortugueseNif.isValid(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456780", "501442601", "510000000", "012345678", "12345678", "4123456789" })
	void portugueseNifsWithAWrongCheckDigitOrKindAreRefused(String id) {
		assertThat(PortugueseNif.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "732829320", "443 061 841", "552100554", "356000000" })
	void sirensPassingLuhnAreAccepted(String id) {
		assertThat(Siren.isValid(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "732829321", "443061842", "12345678", "7328293200", "73282932A" })
	void sirensFailingLuhnAreRefused(String id) {
		assertThat(Siren.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "181/815/08155", "93815/08152", "2181508150", "21/815/08150", "9181081508155",
			"201/123/12340", "4151081508156", "5133081508159" })
	void steuernummernInAStateOrTheFederalFormatAreAccepted(String id) {
		assertThat(Steuernummer.isValid(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "3/815/08150", "4151181508156", "136695978", "12345678901234", "21/815/0815A",
			"8181081508155" })
	void steuernummernOfNoKnownFormatAreRefused(String id) {
		assertThat(Steuernummer.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "00743110157", "01114601006" })
	void partiteIvaAreAccepted(String id) {
		assertThat(ItalianPartitaIva.isValid(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678903", "00743110158", "00000000000", "0074311015" })
	void partiteIvaWithAWrongCheckDigitAreRefused(String id) {
		assertThat(ItalianPartitaIva.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1955839661", "2234567890", "k1955839661" })
	void utrsAreAccepted(String id) {
		assertThat(UnitedKingdomUtr.isValid(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1955839662", "3234567890", "195583966" })
	void utrsWithAWrongCheckDigitAreRefused(String id) {
		assertThat(UnitedKingdomUtr.isValid(id)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "ES, 12345678Z, true", "es, B12345674, true", "PT, 123456789, true", "FR, 732829320, true",
			"DE, 181/815/08155, true", "IT, 00743110157, true", "GB, 1955839661, true", "ES, 123456789, false",
			"PT, 12345678Z, false", "FR, 123456789, false", "NL, 123456789, false" })
	void aTaxIdIsCheckedByItsCountrysRule(String country, String taxId, boolean valid) {
		assertThat(TaxIds.isValid(country, taxId)).isEqualTo(valid);
	}
}
