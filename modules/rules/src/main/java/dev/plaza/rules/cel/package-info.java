/**
 * Validation rules as CEL (cel-java): the typed inputs rules read ({@link dev.plaza.rules.cel.InputDeclarations}),
 * the national id functions they call, compiling with line and column on every error, and evaluating within a
 * cost limit ({@link dev.plaza.rules.cel.RuleLimits}) so no rule can loop or exhaust memory. Implements the
 * module's {@link dev.plaza.rules.Rules} and its internal {@link dev.plaza.rules.application.RuleCompiler}.
 */
package dev.plaza.rules.cel;
