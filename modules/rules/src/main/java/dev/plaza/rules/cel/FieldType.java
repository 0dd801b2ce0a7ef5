package dev.plaza.rules.cel;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;

/** The type of one declared input field, as rules see it and as callers must send it. */
public sealed interface FieldType {

	FieldType STRING = new Scalar("string", SimpleType.STRING);

	/** Whole numbers, such as amounts in minor units; CEL's {@code int} (a Java {@code long}). */
	FieldType INT = new Scalar("int", SimpleType.INT);

	/** An instant; callers may send an ISO 8601 instant or a date (taken as its midnight UTC). */
	FieldType TIMESTAMP = new Scalar("timestamp", SimpleType.TIMESTAMP);

	/** The name callers read in an error, such as {@code string} or {@code list of plaza.OrderItem}. */
	String name();

	CelType celType();

	/** A single value of a CEL primitive type. */
	record Scalar(String name, CelType celType) implements FieldType {
	}

	/** A list of structured elements, each with its own declared fields. */
	record ListOf(InputType element) implements FieldType {

		@Override
		public String name() {
			return "list of " + element.name();
		}

		@Override
		public CelType celType() {
			return ListType.create(element.celType());
		}
	}
}
