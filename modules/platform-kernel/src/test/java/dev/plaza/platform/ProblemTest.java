package dev.plaza.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemTest {

	enum ShopRule implements FieldError.Rule {
		SOLD_OUT
	}

	static final List<FieldError> THREE = List.of(new FieldError("sku", "must be given"),
			new FieldError("price.amount", "must be at least 0"), new FieldError("lines[2]", "is sold out", ShopRule.SOLD_OUT));

	@Test
	void theDetailNamesEachFieldWithItsReasonAndErrorsListThemWithoutTheirRule() {
		Problem refused = Problem.invalidFields(ProblemType.VALIDATION, THREE);

		assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(refused.getMessage()).isEqualTo(
				"Fix these fields and retry: sku must be given; price.amount must be at least 0; lines[2] is sold out.");
		assertThat(refused.properties()).containsOnlyKeys("errors");
		assertThat(refused.properties().get("errors")).isEqualTo(List.of(Map.of("field", "sku", "reason", "must be given"),
				Map.of("field", "price.amount", "reason", "must be at least 0"), Map.of("field", "lines[2]", "reason", "is sold out")));
	}

	@Test
	void aBatchNamesOnlyTheFirstFewInTheDetailButListsEveryOne() {
		Problem refused = Problem.invalidFields(ProblemType.VALIDATION, THREE, 1);

		assertThat(refused.getMessage()).isEqualTo("Fix these fields and retry: sku must be given.");
		assertThat((List<?>) refused.properties().get("errors")).hasSize(3);
	}

	@Test
	void nothingIsRefusedWithoutErrorsAndARefusalNamesAtLeastOne() {
		Problem.refuseIfAny(List.of());

		assertThatThrownBy(() -> Problem.refuseIfAny(THREE)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> Problem.invalidFields(ProblemType.VALIDATION, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anErrorWithoutARuleNamedIsInvalid() {
		assertThat(new FieldError("sku", "must be given").rule()).isEqualTo(FieldError.INVALID);
	}

	@Test
	void aHintIsAppendedToTheDetailAndTheRestStaysAsItWas() {
		Problem refused = new Problem(ProblemType.CONFLICT, "There is no cart 42.", Map.of("cartId", 42))
			.retryAfter(Duration.ofSeconds(3));

		Problem hinted = refused.withHint("Create one with POST /api/v1/carts.");

		assertThat(hinted.getMessage()).isEqualTo("There is no cart 42. Create one with POST /api/v1/carts.");
		assertThat(hinted.type()).isEqualTo(ProblemType.CONFLICT);
		assertThat(hinted.properties()).isEqualTo(Map.of("cartId", 42));
		assertThat(hinted.retryAfter()).contains(Duration.ofSeconds(3));
		assertThat(refused.getMessage()).as("the service's own refusal is unchanged").isEqualTo("There is no cart 42.");
	}

	@Test
	void aFieldRefusalKeepsItsErrorsAndAHintRewritesTheirReasonsAndTheDetailBuiltFromThem() {
		Problem refused = Problem.invalidFields(ProblemType.VALIDATION, THREE, 2);

		Problem hinted = refused.withFieldHints(error -> error.rule() == ShopRule.SOLD_OUT ? error
				: new FieldError(error.field(), error.reason() + "; see the catalog", error.rule()));

		assertThat(refused.fieldErrors()).isEqualTo(THREE);
		assertThat(hinted.getMessage()).isEqualTo(
				"Fix these fields and retry: sku must be given; see the catalog; price.amount must be at least 0; see the catalog.");
		assertThat(hinted.properties().get("errors")).isEqualTo(List.of(
				Map.of("field", "sku", "reason", "must be given; see the catalog"),
				Map.of("field", "price.amount", "reason", "must be at least 0; see the catalog"),
				Map.of("field", "lines[2]", "reason", "is sold out")));
		assertThat(hinted.fieldErrors().get(2).rule()).isEqualTo(ShopRule.SOLD_OUT);
		assertThat(refused.getMessage()).as("the service's own refusal is unchanged")
			.isEqualTo("Fix these fields and retry: sku must be given; price.amount must be at least 0.");
	}

	@Test
	void aDetailOfTheCallersOwnStaysWhenFieldsAreHintedAndOtherRefusalsAreUntouched() {
		Problem refused = Problem.invalidFields(ProblemType.VALIDATION, "Send at least one line.", THREE);
		Problem other = new Problem(ProblemType.CONFLICT, "There is no cart 42.");

		Problem hinted = refused.withFieldHints(error -> new FieldError(error.field(), "x", error.rule()));

		assertThat(hinted.getMessage()).isEqualTo("Send at least one line.");
		assertThat(hinted.fieldErrors()).extracting(FieldError::reason).containsOnly("x");
		assertThat(other.withFieldHints(error -> null)).isSameAs(other);
		assertThat(other.fieldErrors()).isEmpty();
	}
}
