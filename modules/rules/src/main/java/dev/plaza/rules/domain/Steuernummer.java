package dev.plaza.rules.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Germany's Steuernummer, checked for its format (the issue asks for formats; the check digit differs per
 * state and is not published for all): each state's 10- or 11-digit form, or the 13-digit unified federal
 * form, whose first digits name the state's tax-office number and whose fifth is 0. The table is the one
 * Wikipedia's "Steuernummer" article gives (also python-stdnum's {@code de.stnr}): F tax office, B district,
 * U serial number, P check digit.
 */
public final class Steuernummer {

	private static final List<String> FORMATS = List.of(
			// Baden-Württemberg, Berlin, Bremen, Hamburg, Niedersachsen, Rheinland-Pfalz, Schleswig-Holstein
			"FFBBBUUUUP",
			// Bayern
			"FFFBBBUUUUP",
			// Brandenburg, Hessen, Mecklenburg-Vorpommern, Saarland
			"0FFBBBUUUUP",
			// Nordrhein-Westfalen
			"FFFBBBBUUUP",
			// Sachsen
			"2FFBBBUUUUP",
			// Sachsen-Anhalt, Thüringen
			"1FFBBBUUUUP",
			// The unified federal forms, state by state in the order above
			"28FF0BBBUUUUP", "11FF0BBBUUUUP", "24FF0BBBUUUUP", "22FF0BBBUUUUP", "23FF0BBBUUUUP", "27FF0BBBUUUUP",
			"21FF0BBBUUUUP", "9FFF0BBBUUUUP", "30FF0BBBUUUUP", "26FF0BBBUUUUP", "40FF0BBBUUUUP", "10FF0BBBUUUUP",
			"5FFF0BBBBUUUP", "32FF0BBBUUUUP", "31FF0BBBUUUUP", "41FF0BBBUUUUP");

	private static final List<Pattern> PATTERNS = FORMATS.stream()
		.map(format -> Pattern.compile(format.replaceAll("[FBUP]", "\\\\d")))
		.toList();

	private Steuernummer() {
	}

	/** Whether the text has a Steuernummer's format, such as {@code 181/815/08155} (separators ignored). */
	public static boolean isValid(String steuernummer) {
		String id = TaxIdText.compact(steuernummer);
		return PATTERNS.stream().anyMatch(pattern -> pattern.matcher(id).matches());
	}
}
