package dev.plaza.rules.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.rules.Country;
import dev.plaza.rules.InputKind;
import dev.plaza.rules.Rule;
import dev.plaza.rules.RuleFailure;
import dev.plaza.rules.RuleSet;
import dev.plaza.rules.Severity;
import dev.plaza.rules.cel.CompiledRuleSet;
import dev.plaza.rules.cel.RuleSets;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dry run a compliance officer uses before publishing rules: evaluates a rule set against one input
 * and answers every rule it fails. The platform administrator ({@code platform:admin}) evaluates any
 * country's rule sets; a tenant's token with {@code config:write} (who publishes the tenant's own rules)
 * evaluates them as its tenant sees them,
 * with the tenant's own rules joined. Nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/rules")
class RuleEvaluationController {

	private final RuleSets ruleSets;

	RuleEvaluationController(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	/**
	 * Evaluates the rule set named in the path, in force for {@code country}, against {@code input} (the
	 * fields its input kind declares: an {@code applicant}, a loan {@code application} or an {@code order}).
	 * With {@code rules}, evaluates those draft rules instead, over the input kind of the configured rule set
	 * of that name or the one {@code inputKind} names. 200 with every failed rule ({@code passed} is false
	 * when one of severity {@code error} failed); 422 when a rule does not compile (each rule, line and
	 * column) or the input has an undeclared field or a value of the wrong type; 404 for a rule set the
	 * country does not have (naming those it has).
	 */
	@PostMapping(path = "/{ruleSet}/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('SCOPE_platform:admin', 'SCOPE_config:write')")
	@ApiResponse(responseCode = "200", description = "The rules the input fails; none when it passes them all")
	@ApiResponse(responseCode = "400", description = "No country, an unknown or unconfigured country, no input, an "
			+ "unknown inputKind, or a draft rule without name, expression or message (type validation; errors names each)")
	@ApiResponse(responseCode = "404", description = "The country has no rule set of that name (type unknown-rule-set; "
			+ "known lists those it has)")
	@ApiResponse(responseCode = "422", description = "A rule does not compile (type rules-do-not-compile; errors gives "
			+ "each rule, line, column and message), or the input has a field its kind does not declare or a value of "
			+ "the wrong type (type invalid-rule-input; errors names each field, such as input.iban)")
	Evaluation evaluate(@PathVariable String ruleSet, @RequestBody EvaluationRequest request) {
		Country country = valid(request);
		CompiledRuleSet compiled;
		Integer version;
		if (request.rules() == null) {
			RuleSets.InForce configured = ruleSets.inForce(country, ruleSet);
			compiled = ruleSets.compiled(configured.ruleSet());
			version = configured.version();
		}
		else {
			InputKind kind = request.inputKind() == null ? configuredKind(country, ruleSet) : kind(request.inputKind());
			compiled = ruleSets.draft(new RuleSet(ruleSet, kind, drafts(request.rules())));
			version = null;
		}
		List<RuleFailure> failures = evaluate(compiled, request.input());
		return new Evaluation(ruleSet, country.code(), version,
				failures.stream().noneMatch(failure -> failure.severity() == Severity.ERROR),
				failures.stream().map(FailedRule::of).toList());
	}

	/** What draft rules without an {@code inputKind} read: what the configured rule set of that name reads. */
	private InputKind configuredKind(Country country, String ruleSet) {
		try {
			return ruleSets.inForce(country, ruleSet).ruleSet().input();
		}
		catch (Problem unknown) {
			if (unknown.type().status() != 404) {
				throw unknown;
			}
			throw Problem.invalidFields(ProblemType.VALIDATION, List.of(new FieldError("inputKind", "must be given ("
					+ String.join(", ", variables()) + ") for draft rules of a rule set " + country + " does not have yet")));
		}
	}

	/** Names a wrong input field as the request has it ({@code input.iban}), not as rules do ({@code applicant.iban}). */
	private static List<RuleFailure> evaluate(CompiledRuleSet compiled, Map<String, Object> input) {
		String variable = compiled.ruleSet().input().variable();
		try {
			return compiled.evaluate(input, Instant.now());
		}
		catch (Problem refused) {
			throw refused.withFieldHints(error -> error.field().startsWith(variable + ".")
					? new FieldError("input" + error.field().substring(variable.length()), error.reason(), error.rule())
					: error);
		}
	}

	private static Country valid(EvaluationRequest request) {
		List<FieldError> invalid = new ArrayList<>();
		Country country = null;
		if (request.country() == null) {
			invalid.add(new FieldError("country", "must be given: an ISO 3166-1 alpha-2 code such as ES"));
		}
		else {
			try {
				country = Country.of(request.country());
			}
			catch (IllegalArgumentException ex) {
				invalid.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as ES, got '"
						+ request.country() + "'"));
			}
		}
		if (request.input() == null) {
			invalid.add(new FieldError("input", "must be given: an object with the fields the rule set's input declares"));
		}
		if (request.inputKind() != null && kind(request.inputKind()) == null) {
			invalid.add(new FieldError("inputKind", "must be one of " + variables() + ", got '" + request.inputKind() + "'"));
		}
		if (request.rules() != null) {
			if (request.rules().isEmpty()) {
				invalid.add(new FieldError("rules", "must hold at least one rule; leave it out to evaluate the rule set in force"));
			}
			for (int i = 0; i < request.rules().size(); i++) {
				invalid.addAll(DraftRule.errors("rules[" + i + "]", request.rules().get(i)));
			}
		}
		Problem.refuseIfAny(invalid);
		return country;
	}

	private static List<Rule> drafts(List<DraftRule> rules) {
		return rules.stream().map(DraftRule::rule).toList();
	}

	private static InputKind kind(String variable) {
		return Arrays.stream(InputKind.values()).filter(kind -> kind.variable().equals(variable)).findFirst().orElse(null);
	}

	private static List<String> variables() {
		return Arrays.stream(InputKind.values()).map(InputKind::variable).toList();
	}

	/**
	 * @param country the country whose rule set is evaluated (ISO 3166-1 alpha-2)
	 * @param input the fields of the rule set's input, such as an applicant's {@code legalName} and {@code taxId}
	 * @param rules draft rules to evaluate instead of those in force
	 * @param inputKind what the draft rules read: {@code applicant}, {@code application} or {@code order};
	 *     by default the configured rule set's
	 */
	record EvaluationRequest(String country, Map<String, Object> input,
			@Schema(nullable = true) List<DraftRule> rules,
			@Schema(nullable = true, allowableValues = { "applicant", "application", "order" }) String inputKind) {
	}

	/**
	 * A rule not yet published.
	 *
	 * @param expression CEL, {@code true} when the input passes, such as {@code isValidIban(applicant.iban)}
	 * @param severity {@code error} (the default) refuses the input, {@code warning} only tells
	 */
	record DraftRule(String name, String expression, String message,
			@Schema(nullable = true, allowableValues = { "error", "warning" }) String severity) {

		static List<FieldError> errors(String at, DraftRule rule) {
			if (rule == null) {
				return List.of(new FieldError(at, "must be a rule: {\"name\", \"expression\", \"message\", \"severity\"}"));
			}
			List<FieldError> errors = new ArrayList<>();
			if (rule.name() == null || rule.name().isBlank()) {
				errors.add(new FieldError(at + ".name", "must be given, such as taxIdValid"));
			}
			if (rule.expression() == null || rule.expression().isBlank()) {
				errors.add(new FieldError(at + ".expression", "must be a CEL expression, such as isValidIban(applicant.iban)"));
			}
			if (rule.message() == null || rule.message().isBlank()) {
				errors.add(new FieldError(at + ".message", "must say what a person is told when the rule fails"));
			}
			if (rule.severity() != null && severity(rule.severity()) == null) {
				errors.add(new FieldError(at + ".severity", "must be error or warning, got '" + rule.severity() + "'"));
			}
			return errors;
		}

		Rule rule() {
			return new Rule(name, expression, message, severity == null ? Severity.ERROR : severity(severity));
		}

		private static Severity severity(String name) {
			return Arrays.stream(Severity.values())
				.filter(severity -> severity.name().equalsIgnoreCase(name))
				.findFirst()
				.orElse(null);
		}
	}

	/**
	 * @param version the country configuration version the rule set comes from; absent for draft rules
	 * @param passed no rule of severity {@code error} failed
	 * @param failures every rule the input failed, in the rule set's order
	 */
	record Evaluation(String ruleSet, String country, @Schema(nullable = true) Integer version, boolean passed,
			List<FailedRule> failures) {
	}

	/** @param severity {@code error} or {@code warning} */
	record FailedRule(String rule, String message, @Schema(allowableValues = { "error", "warning" }) String severity) {

		static FailedRule of(RuleFailure failure) {
			return new FailedRule(failure.rule(), failure.message(), failure.severity().name().toLowerCase(Locale.ROOT));
		}
	}
}
