package dev.plaza.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes an entry's hash covers, so that anyone holding an export can re-verify a chain without
 * Plaza.
 *
 * <p>An entry's <b>hash</b> is {@code SHA-256(previousHash || canonical)}: the 32 bytes of the previous
 * entry's hash (for a tenant's first entry, {@link Hash#GENESIS}, 32 zero bytes), followed by the UTF-8
 * bytes of the entry's <b>canonical form</b>. The canonical form is one JSON object, written as RFC 8785
 * (JSON Canonicalization Scheme) writes it: members sorted by name, no whitespace, strings escaped only
 * where JSON requires ({@code \"}, {@code \\}, {@code \b \f \n \r \t}, other control characters as a backslash,
 * {@code u} and four lowercase hex digits), integers in plain decimal. It has exactly these members, as the export
 * names them:
 * <ul>
 * <li>{@code action}, {@code actorKind} ({@code user}, {@code client}, {@code anonymous}): strings;</li>
 * <li>{@code actorId}, {@code address}, {@code method}, {@code pathTemplate}, {@code requestId},
 * {@code resourceId}, {@code resourceType}: strings, or {@code null} when absent;</li>
 * <li>{@code at}: the time in UTC with exactly six fraction digits, {@code 2026-12-07T13:20:16.123456Z};</li>
 * <li>{@code details}: an object of strings (members sorted by name), {@code {}} when there are none;</li>
 * <li>{@code id}, {@code tenant}: UUIDs in lowercase, {@code 0190d5f0-…};</li>
 * <li>{@code sequence}: the entry's number in its tenant's chain, from 1, without gaps;</li>
 * <li>{@code status}: an integer, or {@code null}.</li>
 * </ul>
 */
public final class CanonicalForm {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private CanonicalForm() {
	}

	public static String of(EntryContent entry) {
		Map<String, Object> members = new TreeMap<>();
		members.put("action", entry.action());
		members.put("actorId", entry.actorId());
		members.put("actorKind", entry.actorKind().code());
		members.put("address", entry.address());
		members.put("at", AT.format(entry.at()));
		members.put("details", entry.details());
		members.put("id", entry.id().toString());
		members.put("method", entry.method());
		members.put("pathTemplate", entry.pathTemplate());
		members.put("requestId", entry.requestId());
		members.put("resourceId", entry.resourceId());
		members.put("resourceType", entry.resourceType());
		members.put("sequence", entry.sequence());
		members.put("status", entry.status());
		members.put("tenant", entry.tenant().toString());
		StringBuilder json = new StringBuilder();
		writeObject(members, json);
		return json.toString();
	}

	/** {@code SHA-256(previous || UTF-8(canonical form))}. */
	public static Hash hash(Hash previous, EntryContent entry) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(previous.bytes());
			return Hash.of(sha.digest(of(entry).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static void writeObject(Map<String, ?> members, StringBuilder json) {
		json.append('{');
		boolean first = true;
		for (Map.Entry<String, ?> member : new TreeMap<>(members).entrySet()) {
			if (!first) {
				json.append(',');
			}
			first = false;
			writeString(member.getKey(), json);
			json.append(':');
			writeValue(member.getValue(), json);
		}
		json.append('}');
	}

	private static void writeValue(Object value, StringBuilder json) {
		switch (value) {
			case null -> json.append("null");
			case String text -> writeString(text, json);
			case Long number -> json.append(number);
			case Integer number -> json.append(number);
			case Map<?, ?> map -> {
				Map<String, Object> members = new TreeMap<>();
				map.forEach((name, member) -> members.put((String) name, member));
				writeObject(members, json);
			}
			default -> throw new IllegalArgumentException("No canonical form for " + value.getClass());
		}
	}

	private static void writeString(String text, StringBuilder json) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}
}
