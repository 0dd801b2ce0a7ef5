package dev.plaza.rules;

/**
 * What a rule set is evaluated against. Each kind is one typed CEL variable whose fields are
 * declared, so a rule naming a field the input does not have fails to compile.
 */
public enum InputKind {

	/** A business applying to be onboarded: variable {@code applicant}. */
	APPLICANT("applicant"),

	/** A loan application: variable {@code application}. */
	LOAN_APPLICATION("application"),

	/** An order at checkout: variable {@code order}. */
	ORDER("order");

	private final String variable;

	InputKind(String variable) {
		this.variable = variable;
	}

	/** The name rules use for the input. */
	public String variable() {
		return variable;
	}
}
