package dev.plaza.rules;

/** A rule the input did not pass, with the message a person is told. */
public record RuleFailure(String rule, String message, Severity severity) {
}
