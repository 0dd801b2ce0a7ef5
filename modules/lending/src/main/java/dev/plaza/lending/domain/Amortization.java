package dev.plaza.lending.domain;

/** How a loan's principal is paid back over its installments. */
public enum Amortization {

	/** Equal installments; each pays the interest due and the rest goes to principal (an annuity). */
	DECLINING_BALANCE("declining_balance"),

	/** Equal principal parts; interest on the balance, so installments fall over time. */
	EQUAL_PRINCIPAL("equal_principal"),

	/** Interest on the original amount for the whole term, spread evenly with the principal. */
	FLAT("flat");

	private final String code;

	Amortization(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
