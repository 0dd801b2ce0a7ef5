package dev.plaza.rules.cel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.Rule;
import dev.plaza.rules.RuleSet;
import dev.plaza.rules.application.RuleCompiler.CompileError;
import org.springframework.stereotype.Component;

/**
 * The rule sets in force, compiled: a country's, joined in a tenant's scope by the tenant's own rules, and
 * compiled once per content (a configuration version that does not change a rule set does not recompile
 * it), so a job evaluating a hundred thousand rows compiles once.
 */
@Component
public class RuleSets {

	/** Far more rule sets than countries, tenants' own sets and drafts in use at once; past it, start over. */
	private static final int MAX_COMPILED = 512;

	private final Configurations configurations;

	private final RuleEnvironment environment;

	private final Map<RuleSet, CompiledRuleSet> compiled = new ConcurrentHashMap<>();

	RuleSets(Configurations configurations, RuleEnvironment environment) {
		this.configurations = configurations;
		this.environment = environment;
	}

	/**
	 * The named rule set in force now for the country: the country's rules and, when the current tenant
	 * follows that country, the tenant's own rules of that name after them (a tenant adds rules, it cannot
	 * drop the country's).
	 *
	 * @throws Problem {@link RuleProblems#UNKNOWN_RULE_SET} listing the rule sets the country has
	 */
	public InForce inForce(Country country, String name) {
		CountryConfiguration national = inForce(country);
		RuleSet set = national.ruleSets().get(name);
		RuleSet own = tenantsOwn(country, name);
		if (set == null && own == null) {
			Set<String> known = new TreeSet<>(national.ruleSets().keySet());
			throw new Problem(RuleProblems.UNKNOWN_RULE_SET, "No rule set named '" + name + "' is configured for " + country
					+ "; it has " + (known.isEmpty() ? "none" : String.join(", ", known)) + ".", Map.of("known", known));
		}
		return new InForce(joined(set, own), national.version());
	}

	/** A country without configuration, or whose first version is still to come, is the request's fault. */
	private CountryConfiguration inForce(Country country) {
		try {
			return configurations.country(country, Instant.now());
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalidFields(ProblemType.VALIDATION, List.of(new FieldError("country", "has no configuration "
					+ "in force in Plaza; countries configured: " + new TreeSet<>(configurations.countries().stream().map(Country::code).toList()))));
		}
	}

	/**
	 * The rule set compiled, from the cache when it was compiled before.
	 *
	 * @throws Problem {@link RuleProblems#RULES_DO_NOT_COMPILE} with {@code errors}: each rule, line, column and
	 *     message
	 */
	public CompiledRuleSet compiled(RuleSet ruleSet) {
		CompiledRuleSet known = compiled.get(ruleSet);
		if (known != null) {
			return known;
		}
		if (compiled.size() >= MAX_COMPILED) {
			compiled.clear();
		}
		try {
			return compiled.computeIfAbsent(ruleSet, environment::compile);
		}
		catch (RuleSetDoesNotCompile ex) {
			throw doesNotCompile(ruleSet.name(), ex.errors());
		}
	}

	/**
	 * Draft rules compiled for one evaluation, not cached: drafts change with every try.
	 *
	 * @throws Problem {@link RuleProblems#RULES_DO_NOT_COMPILE} as {@link #compiled} does
	 */
	public CompiledRuleSet draft(RuleSet ruleSet) {
		try {
			return environment.compile(ruleSet);
		}
		catch (RuleSetDoesNotCompile ex) {
			throw doesNotCompile(ruleSet.name(), ex.errors());
		}
	}

	static Problem doesNotCompile(String ruleSet, List<CompileError> errors) {
		CompileError first = errors.getFirst();
		return new Problem(RuleProblems.RULES_DO_NOT_COMPILE,
				errors.size() + " rule(s) of '" + ruleSet + "' do not compile; the first, '" + first.rule() + "', at line "
						+ first.line() + ", column " + first.column() + ": " + first.message()
						+ ". Fix the expressions and retry.",
				Map.of("errors", errors.stream()
					.map(error -> Map.of("rule", error.rule(), "line", error.line(), "column", error.column(), "message",
							error.message()))
					.toList()));
	}

	private RuleSet tenantsOwn(Country country, String name) {
		boolean tenantScope = TenantContext.current().filter(tenant -> !tenant.isPlatform()).isPresent();
		if (!tenantScope) {
			return null;
		}
		CountryConfiguration tenant = configurations.tenant();
		return tenant.country().equals(country) ? tenant.ruleSets().get(name) : null;
	}

	private static RuleSet joined(RuleSet national, RuleSet own) {
		if (own == null) {
			return national;
		}
		if (national == null) {
			return own;
		}
		List<Rule> rules = new ArrayList<>(national.rules());
		Set<String> names = new TreeSet<>(rules.stream().map(Rule::name).toList());
		own.rules().stream().filter(rule -> !names.contains(rule.name())).forEach(rules::add);
		return new RuleSet(national.name(), national.input(), rules);
	}

	/** A rule set as configured, and the country configuration version it comes from. */
	public record InForce(RuleSet ruleSet, int version) {
	}
}
