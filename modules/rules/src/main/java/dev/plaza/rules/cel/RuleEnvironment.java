package dev.plaza.rules.cel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableList;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.plaza.rules.InputKind;
import dev.plaza.rules.Rule;
import dev.plaza.rules.RuleSet;
import dev.plaza.rules.application.RuleCompiler.CompileError;

/**
 * The CEL environment rules compile and run in: for a rule set over one {@link InputKind}, its variable
 * (such as {@code applicant}) typed with the declared fields, {@code now} (a timestamp, the evaluation's
 * instant), CEL's standard functions and macros ({@code has}, {@code all}, {@code exists}, {@code exists_one},
 * {@code map}, {@code filter}), and the national id checks of {@link TaxIdFunctions}. A
 * rule must be a {@code bool} expression. Compiling is the expensive part: compile a rule set once and
 * evaluate the result many times.
 */
public final class RuleEnvironment {

	/** The variable holding the evaluation's instant. */
	public static final String NOW = "now";

	private final RuleLimits limits;

	private final Map<InputKind, CelCompiler> compilers = new EnumMap<>(InputKind.class);

	private final CelRuntime runtime;

	public RuleEnvironment(RuleLimits limits) {
		this.limits = limits;
		CelOptions options = CelOptions.current()
			.maxExpressionCodePointSize(limits.maxExpressionLength())
			.maxParseRecursionDepth(limits.maxNesting())
			.comprehensionMaxIterations(limits.maxIterations())
			.build();
		CelTypeProvider types = new DeclaredTypes();
		for (InputKind kind : InputKind.values()) {
			compilers.put(kind, CelCompilerFactory.standardCelCompilerBuilder()
				.setOptions(options)
				.setStandardMacros(CelStandardMacro.STANDARD_MACROS)
				.setTypeProvider(types)
				.addVar(kind.variable(), InputDeclarations.of(kind).celType())
				.addVar(NOW, SimpleType.TIMESTAMP)
				.addFunctionDeclarations(TaxIdFunctions.declarations())
				.setResultType(SimpleType.BOOL)
				.build());
		}
		this.runtime = CelRuntimeFactory.legacyCelRuntimeBuilder()
			.setOptions(options)
			.addFunctionBindings(TaxIdFunctions.bindings())
			.build();
	}

	public RuleLimits limits() {
		return limits;
	}

	/** Each rule of the set that does not compile, with where; empty when all compile. */
	public List<CompileError> check(RuleSet ruleSet) {
		List<CompileError> errors = new ArrayList<>();
		for (Rule rule : ruleSet.rules()) {
			compile(ruleSet.input(), rule, errors);
		}
		return errors;
	}

	/**
	 * The rule set, ready to evaluate.
	 *
	 * @throws RuleSetDoesNotCompile naming each rule that does not compile, and where
	 */
	public CompiledRuleSet compile(RuleSet ruleSet) {
		List<CompileError> errors = new ArrayList<>();
		List<CompiledRuleSet.CompiledRule> compiled = new ArrayList<>();
		for (Rule rule : ruleSet.rules()) {
			compile(ruleSet.input(), rule, errors).ifPresent(program -> compiled.add(new CompiledRuleSet.CompiledRule(rule, program)));
		}
		if (!errors.isEmpty()) {
			throw new RuleSetDoesNotCompile(ruleSet.name(), errors);
		}
		return new CompiledRuleSet(ruleSet, compiled, limits);
	}

	private Optional<CelRuntime.Program> compile(InputKind input, Rule rule, List<CompileError> errors) {
		CelValidationResult result = compilers.get(input).compile(rule.expression(), rule.name());
		if (result.hasError()) {
			for (CelIssue issue : result.getErrors()) {
				errors.add(error(rule, issue));
			}
			return Optional.empty();
		}
		try {
			CelAbstractSyntaxTree ast = result.getAst();
			return Optional.of(runtime.createProgram(ast));
		}
		catch (dev.cel.common.CelValidationException | CelEvaluationException ex) {
			errors.add(new CompileError(rule.name(), 1, 1, ex.getMessage()));
			return Optional.empty();
		}
	}

	/** CEL counts lines from 1 and columns from 0; people count both from 1. */
	private static CompileError error(Rule rule, CelIssue issue) {
		CelSourceLocation at = issue.getSourceLocation();
		if (at.equals(CelSourceLocation.NONE) || at.getLine() < 1) {
			return new CompileError(rule.name(), 1, 1, issue.getMessage());
		}
		return new CompileError(rule.name(), at.getLine(), at.getColumn() + 1, issue.getMessage());
	}

	/** The structured input types, so the checker can resolve a selected field or refuse an unknown one. */
	private static final class DeclaredTypes implements CelTypeProvider {

		private final ImmutableList<CelType> types = InputDeclarations.all()
			.stream()
			.map(InputType::celType)
			.collect(ImmutableList.toImmutableList());

		@Override
		public ImmutableList<CelType> types() {
			return types;
		}

		@Override
		public Optional<CelType> findType(String typeName) {
			return types.stream().filter(type -> type.name().equals(typeName)).findFirst();
		}
	}
}
