package dev.plaza.lending.domain;

import java.util.Optional;

/** How the borrower applies money paid beyond what is owed now. */
public enum PrepaymentChoice {

	/** The installments keep their size; the last ones are paid off first and fall away. */
	SHORTER_TERM("shorter_term"),

	/** The installments keep their dates; each becomes smaller. */
	LOWER_INSTALLMENT("lower_installment");

	private final String code;

	PrepaymentChoice(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The choice the API spells {@code code}. */
	public static Optional<PrepaymentChoice> of(String code) {
		for (PrepaymentChoice choice : values()) {
			if (choice.code.equals(code)) {
				return Optional.of(choice);
			}
		}
		return Optional.empty();
	}
}
