package dev.plaza.rules.cel;

import static dev.cel.common.CelFunctionDecl.newFunctionDeclaration;
import static dev.cel.common.CelOverloadDecl.newGlobalOverload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import dev.plaza.rules.domain.Iban;
import dev.plaza.rules.domain.ItalianPartitaIva;
import dev.plaza.rules.domain.PortugueseNif;
import dev.plaza.rules.domain.Siren;
import dev.plaza.rules.domain.SpanishTaxIds;
import dev.plaza.rules.domain.Steuernummer;
import dev.plaza.rules.domain.TaxIds;
import dev.plaza.rules.domain.UnitedKingdomUtr;

/**
 * The national id checks rules call, each {@code bool} over a {@code string}:
 * {@code isValidSpanishTaxId}, {@code isValidPortugueseNif}, {@code isValidSiren}, {@code isValidSteuernummer},
 * {@code isValidPartitaIva}, {@code isValidUtr}, {@code isValidIban}, and
 * {@code isValidTaxId(country, taxId)} choosing the check by the country's code.
 */
final class TaxIdFunctions {

	private static final List<Check> CHECKS = List.of(
			new Check("isValidSpanishTaxId", SpanishTaxIds::isValid),
			new Check("isValidPortugueseNif", PortugueseNif::isValid),
			new Check("isValidSiren", Siren::isValid),
			new Check("isValidSteuernummer", Steuernummer::isValid),
			new Check("isValidPartitaIva", ItalianPartitaIva::isValid),
			new Check("isValidUtr", UnitedKingdomUtr::isValid),
			new Check("isValidIban", Iban::isValid));

	private static final String BY_COUNTRY = "isValidTaxId";

	private TaxIdFunctions() {
	}

	static List<CelFunctionDecl> declarations() {
		List<CelFunctionDecl> declarations = new ArrayList<>();
		for (Check check : CHECKS) {
			declarations.add(newFunctionDeclaration(check.function(),
					newGlobalOverload(check.overload(), SimpleType.BOOL, SimpleType.STRING)));
		}
		declarations.add(newFunctionDeclaration(BY_COUNTRY,
				newGlobalOverload(BY_COUNTRY + "_string_string", SimpleType.BOOL, SimpleType.STRING, SimpleType.STRING)));
		return declarations;
	}

	static List<CelFunctionBinding> bindings() {
		List<CelFunctionBinding> bindings = new ArrayList<>();
		for (Check check : CHECKS) {
			bindings.add(CelFunctionBinding.from(check.overload(), String.class, check.valid()::test));
		}
		bindings.add(CelFunctionBinding.from(BY_COUNTRY + "_string_string", String.class, String.class, TaxIds::isValid));
		return bindings;
	}

	private record Check(String function, Predicate<String> valid) {

		String overload() {
			return function + "_string";
		}
	}
}
