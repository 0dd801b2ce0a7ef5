package dev.plaza.onboarding.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.plaza.onboarding.domain.Row;
import dev.plaza.platform.Problem;
import org.junit.jupiter.api.Test;

class RowsTest {

	@Test
	void csvColumnsComeInAnyOrderAndQuotedFieldsKeepCommasQuotesAndLineBreaks() {
		List<Row> rows = read(Rows.CSV, """
				taxId,legalName,country,contactEmail,contactName,iban,address,externalReference
				B12345674,"Tapas, ""El Bueno"" SL",ES,ana@example.com,Ana,ES9121000418450200051332,"Calle Mayor 1
				Madrid",ref-1
				500000000,Porto Lda,PT,rui@example.com,Rui,PT50000201231234567890154,Rua 1,
				""");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).line()).isEqualTo(2);
		assertThat(rows.get(0).business().legalName()).isEqualTo("Tapas, \"El Bueno\" SL");
		assertThat(rows.get(0).business().address()).isEqualTo("Calle Mayor 1\nMadrid");
		assertThat(rows.get(0).business().externalReference()).contains("ref-1");
		assertThat(rows.get(1).line()).isEqualTo(4);
		assertThat(rows.get(1).business().externalReference()).isEmpty();
	}

	@Test
	void anUnknownOrMissingColumnIsRefusedOnLineOne() {
		assertThatThrownBy(() -> read(Rows.CSV, "legalName,taxId,country,contactEmail,contactName,iban,address,vat\n"))
			.isInstanceOf(Problem.class)
			.hasMessageContaining("Line 1: the header names an unknown column 'vat'");
		assertThatThrownBy(() -> read(Rows.CSV, "legalName,taxId\nA,B\n")).isInstanceOf(Problem.class)
			.hasMessageContaining("Line 1: the header lacks the columns country, contactEmail");
	}

	@Test
	void brokenQuotingAndWrongFieldCountsNameTheLine() {
		String header = "legalName,taxId,country,contactEmail,contactName,iban,address\n";
		assertThatThrownBy(() -> read(Rows.CSV, header + "A,B,ES,a@b.es,Ana,ES91,Street\nA,B,ES,a@b.es,Ana\n"))
			.isInstanceOf(Problem.class)
			.hasMessageStartingWith("Line 3: the row has 5 fields where the header names 7");
		assertThatThrownBy(() -> read(Rows.CSV, header + "A,B,ES,a@b.es,Ana,ES91,Street\n\"A,B,ES,a@b.es,Ana,ES91,Street\n"))
			.isInstanceOf(Problem.class)
			.hasMessageStartingWith("Line 4: this is not valid CSV (Missing closing quote for value) in the row after line 2.");
	}

	@Test
	void ndjsonLinesAreObjectsOfStringFields() {
		List<Row> rows = read(Rows.NDJSON, """
				{"legalName":"Tapas SL","taxId":"B12345674","country":"ES","contactEmail":"a@b.es","contactName":"Ana","iban":"ES91","address":"Calle 1"}

				{"legalName":"Porto Lda","taxId":"500000000","country":"PT","contactEmail":null}
				""");
		assertThat(rows).extracting(Row::line).containsExactly(1, 3);
		assertThat(rows.get(1).business().contactEmail()).isNull();
		assertThatThrownBy(() -> read(Rows.NDJSON, "{\"legalName\":\"A\"}\n{\"legalName\": \n"))
			.isInstanceOf(Problem.class)
			.hasMessageStartingWith("Line 2: this is not a JSON object");
		assertThatThrownBy(() -> read(Rows.NDJSON, "{\"vat\":\"A\"}\n")).isInstanceOf(Problem.class)
			.hasMessageStartingWith("Line 1: unknown field 'vat'");
	}

	private static List<Row> read(org.springframework.http.MediaType type, String body) {
		Rows rows = Rows.of(type, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
		List<Row> read = new ArrayList<>();
		for (Optional<Row> row = rows.next(); row.isPresent(); row = rows.next()) {
			read.add(row.get());
		}
		return read;
	}
}
