package dev.plaza.rules.cel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cel.common.CelErrorCode;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.plaza.rules.Rule;
import dev.plaza.rules.RuleFailure;
import dev.plaza.rules.RuleSet;
import dev.plaza.rules.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule set compiled once, evaluated against any number of inputs (safely from many threads). Each rule
 * runs within the {@link RuleLimits}; one that is {@code false}, cannot be evaluated (such as reading a field
 * the input left out), or goes over a limit is a failure. An input with a string or list too large to evaluate
 * rules on fails as a whole ({@link #WITHIN_LIMITS}).
 */
public final class CompiledRuleSet {

	private static final Logger log = LoggerFactory.getLogger(CompiledRuleSet.class);

	/** The failure of an input too large to evaluate rules on, whatever the rule set. */
	public static final String WITHIN_LIMITS = "inputWithinLimits";

	private final RuleSet ruleSet;

	private final List<CompiledRule> rules;

	private final RuleLimits limits;

	CompiledRuleSet(RuleSet ruleSet, List<CompiledRule> rules, RuleLimits limits) {
		this.ruleSet = ruleSet;
		this.rules = List.copyOf(rules);
		this.limits = limits;
	}

	public RuleSet ruleSet() {
		return ruleSet;
	}

	/**
	 * Every rule the input fails, in the rule set's order; empty when it passes them all.
	 *
	 * @param input the fields of the rule set's input kind, by name
	 * @param now the instant rules read as {@code now}
	 * @throws dev.plaza.platform.Problem {@link RuleProblems#INVALID_RULE_INPUT} naming an undeclared field or
	 *     a value of the wrong type
	 */
	public List<RuleFailure> evaluate(Map<String, ?> input, Instant now) {
		String variable = ruleSet.input().variable();
		InputConformance.Conformed conformed = InputConformance.conform(variable, InputDeclarations.of(ruleSet.input()),
				input);
		if (!conformed.tooLarge().isEmpty()) {
			return conformed.tooLarge()
				.stream()
				.map(field -> new RuleFailure(WITHIN_LIMITS, field.field() + " " + field.reason()
						+ ": no rule is evaluated on an input that large", Severity.ERROR))
				.toList();
		}
		Map<String, Object> variables = Map.of(variable, conformed.values(), RuleEnvironment.NOW, now);
		List<RuleFailure> failures = new ArrayList<>();
		for (CompiledRule rule : rules) {
			String failed = rule.failure(variables, limits);
			if (failed != null) {
				failures.add(new RuleFailure(rule.rule().name(), failed, rule.rule().severity()));
			}
		}
		return failures;
	}

	record CompiledRule(Rule rule, CelRuntime.Program program) {

		/** Why the input fails the rule, or {@code null} when it passes. */
		String failure(Map<String, Object> variables, RuleLimits limits) {
			CostMeter meter = new CostMeter(limits.maxCost());
			try {
				Object result = program.trace(variables, meter);
				return Boolean.TRUE.equals(result) ? null : rule.message();
			}
			catch (CelEvaluationException ex) {
				if (meter.exceeded() || ex.getErrorCode() == CelErrorCode.ITERATION_BUDGET_EXCEEDED) {
					log.warn("Rule '{}' stopped at its evaluation limit: {}", rule.name(), ex.getMessage());
					return rule.message() + " (the rule was stopped: it exceeded the evaluation cost limit of "
							+ limits.maxCost() + " steps or " + limits.maxIterations() + " comprehension iterations)";
				}
				return rule.message() + " (the rule could not be evaluated: " + ex.getMessage() + ")";
			}
		}
	}
}
