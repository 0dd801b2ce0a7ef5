package dev.plaza.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.Problem;
import dev.plaza.rules.InputKind;
import dev.plaza.rules.Rule;
import dev.plaza.rules.RuleFailure;
import dev.plaza.rules.RuleSet;
import dev.plaza.rules.Severity;
import dev.plaza.rules.application.RuleCompiler.CompileError;
import org.junit.jupiter.api.Test;

class RuleEnvironmentTest {

	private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

	private final RuleEnvironment environment = new RuleEnvironment(RuleLimits.DEFAULT);

	private static final RuleSet ONBOARDING = new RuleSet("onboarding", InputKind.APPLICANT, List.of(
			rule("taxIdValid", "isValidTaxId(applicant.country, applicant.taxId)", "The tax id is not valid in its country"),
			rule("ibanValid", "isValidIban(applicant.iban)", "The IBAN is not valid"),
			rule("ibanInCountry", "applicant.iban.startsWith(applicant.country)", "The IBAN is not of a bank in the country"),
			new Rule("contactEmail", "applicant.contactEmail.matches('^[^@\\\\s]+@[^@\\\\s]+$')",
					"The contact e-mail is not an address", Severity.WARNING)));

	@Test
	void aGoodApplicantPassesEveryRule() {
		assertThat(environment.compile(ONBOARDING).evaluate(spanishApplicant(), NOW)).isEmpty();
	}

	@Test
	void aBadApplicantFailsEachRuleItBreaksWithItsMessageAndSeverity() {
		Map<String, Object> applicant = spanishApplicant();
		applicant.put("taxId", "12345678A");
		applicant.put("iban", "PT50000201231234567890154");
		applicant.put("contactEmail", "not an address");

		List<RuleFailure> failures = environment.compile(ONBOARDING).evaluate(applicant, NOW);

		assertThat(failures).containsExactly(
				new RuleFailure("taxIdValid", "The tax id is not valid in its country", Severity.ERROR),
				new RuleFailure("ibanInCountry", "The IBAN is not of a bank in the country", Severity.ERROR),
				new RuleFailure("contactEmail", "The contact e-mail is not an address", Severity.WARNING));
	}

	@Test
	void eachNationalCheckIsAFunction() {
		RuleSet checks = new RuleSet("checks", InputKind.APPLICANT, List.of(
				rule("es", "isValidSpanishTaxId('B12345674') && !isValidSpanishTaxId('B12345675')", "es"),
				rule("pt", "isValidPortugueseNif('123456789') && !isValidPortugueseNif('123456780')", "pt"),
				rule("fr", "isValidSiren('732829320') && !isValidSiren('732829321')", "fr"),
				rule("de", "isValidSteuernummer('181/815/08155') && !isValidSteuernummer('3/815/08150')", "de"),
				rule("it", "isValidPartitaIva('00743110157') && !isValidPartitaIva('00743110158')", "it"),
				rule("gb", "isValidUtr('1955839661') && !isValidUtr('1955839662')", "gb"),
				rule("iban", "isValidIban('DE89 3704 0044 0532 0130 00') && !isValidIban('DE89370400440532013001')", "iban"),
				rule("byCountry", "isValidTaxId('PT', '123456789') && !isValidTaxId('ES', '123456789')", "byCountry")));

		assertThat(environment.compile(checks).evaluate(Map.of(), NOW)).isEmpty();
	}

	@Test
	void aRuleNamingAFieldTheInputDoesNotDeclareDoesNotCompileAndSaysWhere() {
		RuleSet set = new RuleSet("onboarding", InputKind.APPLICANT,
				List.of(rule("vat", "applicant.vatNumber != ''", "no VAT number")));

		assertThat(environment.check(set)).singleElement().satisfies(error -> {
			assertThat(error.rule()).isEqualTo("vat");
			assertThat(error.line()).isEqualTo(1);
			assertThat(error.column()).isEqualTo(10);
			assertThat(error.message()).contains("vatNumber");
		});
	}

	@Test
	void aRuleReadingAnotherKindsVariableDoesNotCompile() {
		RuleSet set = new RuleSet("onboarding", InputKind.APPLICANT, List.of(rule("total", "order.total > 0", "no total")));

		assertThat(environment.check(set)).singleElement()
			.satisfies(error -> assertThat(error.message()).contains("undeclared reference to 'order'"));
	}

	@Test
	void aRuleThatIsNotBooleanDoesNotCompile() {
		RuleSet set = new RuleSet("lending", InputKind.LOAN_APPLICATION,
				List.of(rule("amount", "application.amount * 2", "twice")));

		assertThat(environment.check(set)).singleElement()
			.satisfies(error -> assertThat(error.message()).contains("bool").contains("int"));
	}

	@Test
	void aSyntaxErrorIsPlacedByLineAndColumn() {
		RuleSet set = new RuleSet("onboarding", InputKind.APPLICANT,
				List.of(rule("name", "applicant.legalName != ''\n  && applicant.legalName.size() >", "named")));

		List<CompileError> errors = environment.check(set);

		assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error.rule()).isEqualTo("name"));
		assertThat(errors.getFirst().line()).isEqualTo(2);
		assertThat(errors.getFirst().column()).isGreaterThan(1);
		assertThatThrownBy(() -> environment.compile(set)).isInstanceOf(RuleSetDoesNotCompile.class);
	}

	@Test
	void aHugeComprehensionIsStoppedByTheCostLimitAndFailsInsteadOfHanging() {
		String ten = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]";
		String huge = ten + ".all(a, " + ten + ".all(b, " + ten + ".all(c, " + ten + ".all(d, " + ten + ".all(e, " + ten
				+ ".all(f, " + ten + ".all(g, a + b + c + d + e + f + g >= 0)))))))";
		RuleSet set = new RuleSet("onboarding", InputKind.APPLICANT, List.of(rule("huge", huge, "never ends")));
		CompiledRuleSet compiled = environment.compile(set);

		long started = System.nanoTime();
		List<RuleFailure> failures = compiled.evaluate(Map.of(), NOW);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(failures).singleElement().satisfies(failure -> {
			assertThat(failure.rule()).isEqualTo("huge");
			assertThat(failure.message()).contains("never ends").contains("evaluation cost limit");
		});
	}

	@Test
	void theStepLimitStopsARuleEvenWhereAnOrWouldAbsorbTheStop() {
		RuleEnvironment tight = new RuleEnvironment(new RuleLimits(4_000, 48, 1_000_000, 500));
		String hundred = java.util.stream.IntStream.range(0, 100).mapToObj(Integer::toString)
			.collect(java.util.stream.Collectors.joining(", ", "[", "]"));
		RuleSet set = new RuleSet("onboarding", InputKind.APPLICANT,
				List.of(rule("costly", hundred + ".all(a, " + hundred + ".all(b, a + b >= 0)) || true", "costly")));

		assertThat(tight.compile(set).evaluate(Map.of(), NOW)).singleElement()
			.satisfies(failure -> assertThat(failure.message()).contains("evaluation cost limit of 500 steps"));
	}

	@Test
	void anInputFieldTheKindDoesNotDeclareOrOfTheWrongTypeIsRefusedNamingIt() {
		CompiledRuleSet compiled = environment.compile(ONBOARDING);
		Map<String, Object> applicant = spanishApplicant();
		applicant.put("vatNumber", "ES12345678Z");
		applicant.put("iban", 42);

		assertThatThrownBy(() -> compiled.evaluate(applicant, NOW)).isInstanceOfSatisfying(Problem.class, problem -> {
			assertThat(problem.type()).isEqualTo(RuleProblems.INVALID_RULE_INPUT);
			assertThat(problem.fieldErrors()).extracting("field")
				.containsExactlyInAnyOrder("applicant.vatNumber", "applicant.iban");
		});
	}

	@Test
	void anInputTooLargeToEvaluateFailsAsAWholeInsteadOfBeingRefused() {
		Map<String, Object> applicant = spanishApplicant();
		applicant.put("address", "x".repeat(InputConformance.MAX_STRING_LENGTH + 1));

		assertThat(environment.compile(ONBOARDING).evaluate(applicant, NOW)).singleElement().satisfies(failure -> {
			assertThat(failure.rule()).isEqualTo(CompiledRuleSet.WITHIN_LIMITS);
			assertThat(failure.message()).startsWith("applicant.address is longer than 10000 characters");
			assertThat(failure.severity()).isEqualTo(Severity.ERROR);
		});
	}

	@Test
	void aRuleReadingAFieldTheInputLeftOutFailsSayingWhy() {
		Map<String, Object> applicant = spanishApplicant();
		applicant.remove("iban");

		assertThat(environment.compile(ONBOARDING).evaluate(applicant, NOW))
			.extracting(RuleFailure::rule)
			.containsExactly("ibanValid", "ibanInCountry");
	}

	@Test
	void loanApplicationsHaveWholeAmountsAndADateOfBirth() {
		RuleSet lending = new RuleSet("lending", InputKind.LOAN_APPLICATION, List.of(
				rule("adult", "application.dateOfBirth + duration('157788h') <= now", "must be 18"),
				rule("affordable", "application.amount <= application.income * 12", "too much for the income"),
				rule("term", "application.termMonths <= 120", "too long")));
		Map<String, Object> application = Map.of("dateOfBirth", "2010-01-01", "amount", 500_000, "income", 30_000L,
				"termMonths", 24);

		assertThat(environment.compile(lending).evaluate(application, NOW)).extracting(RuleFailure::rule)
			.containsExactly("adult", "affordable");
	}

	@Test
	void orderRulesReadTheItems() {
		RuleSet checkout = new RuleSet("checkout", InputKind.ORDER, List.of(
				rule("fewTickets", "order.items.all(item, item.quantity <= 10)", "at most 10 of each"),
				rule("sums", "order.items.map(item, item.total).exists(t, t > order.total) == false", "items exceed total")));
		Map<String, Object> order = Map.of("total", 2_400, "currency", "EUR", "items",
				List.of(Map.of("product", "ticket", "quantity", 12, "unitPrice", 200, "total", 2_400)));

		assertThat(environment.compile(checkout).evaluate(order, NOW)).extracting(RuleFailure::rule)
			.containsExactly("fewTickets");
	}

	private static Map<String, Object> spanishApplicant() {
		Map<String, Object> applicant = new HashMap<>();
		applicant.put("legalName", "Cines del Sur SL");
		applicant.put("taxId", "B12345674");
		applicant.put("country", "ES");
		applicant.put("contactEmail", "ana@cinesdelsur.es");
		applicant.put("contactName", "Ana García");
		applicant.put("iban", "ES91 2100 0418 4502 0005 1332");
		applicant.put("address", "Calle Mayor 1, Sevilla");
		return applicant;
	}

	private static Rule rule(String name, String expression, String message) {
		return new Rule(name, expression, message, Severity.ERROR);
	}
}
