package dev.plaza.rules.cel;

import static dev.plaza.rules.cel.FieldType.INT;
import static dev.plaza.rules.cel.FieldType.STRING;
import static dev.plaza.rules.cel.FieldType.TIMESTAMP;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.rules.InputKind;

/**
 * The fields each kind of input declares: what rules may read, and what callers must send. One place,
 * so a module that evaluates a new kind of input (or new fields) extends it here. Amounts are minor units.
 */
public final class InputDeclarations {

	/** A business applying to be onboarded, as one row of a bulk onboarding file. */
	static final InputType APPLICANT = new InputType("plaza.Applicant", fields(
			"legalName", STRING,
			"taxId", STRING,
			"country", STRING,
			"contactEmail", STRING,
			"contactName", STRING,
			"iban", STRING,
			"address", STRING,
			"externalReference", STRING));

	/** A person applying for a loan. */
	static final InputType LOAN_APPLICATION = new InputType("plaza.LoanApplication", fields(
			"name", STRING,
			"nationalId", STRING,
			"dateOfBirth", TIMESTAMP,
			"email", STRING,
			"income", INT,
			"employment", STRING,
			"amount", INT,
			"termMonths", INT,
			"purpose", STRING,
			"country", STRING));

	/** One line of an order. */
	static final InputType ORDER_ITEM = new InputType("plaza.OrderItem", fields(
			"product", STRING,
			"quantity", INT,
			"unitPrice", INT,
			"total", INT));

	/** An order at checkout. */
	static final InputType ORDER = new InputType("plaza.Order", fields(
			"total", INT,
			"currency", STRING,
			"country", STRING,
			"items", new FieldType.ListOf(ORDER_ITEM),
			"customerEmail", STRING));

	private InputDeclarations() {
	}

	/** The type of the kind's variable. */
	public static InputType of(InputKind kind) {
		return switch (kind) {
			case APPLICANT -> APPLICANT;
			case LOAN_APPLICATION -> LOAN_APPLICATION;
			case ORDER -> ORDER;
		};
	}

	/** Every structured type rules can meet, for the type checker. */
	static List<InputType> all() {
		return List.of(APPLICANT, LOAN_APPLICATION, ORDER, ORDER_ITEM);
	}

	private static Map<String, FieldType> fields(Object... namesAndTypes) {
		Map<String, FieldType> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTypes.length; i += 2) {
			fields.put((String) namesAndTypes[i], (FieldType) namesAndTypes[i + 1]);
		}
		return fields;
	}
}
