package dev.plaza.gateway.edge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

/**
 * The segments a request path names once every spelling trick is undone: percent-encoding (again and
 * again, in case a server behind decodes once more), backslashes read as slashes, path parameters
 * ({@code ;x}) dropped, empty and {@code .} segments removed, {@code ..} applied. Tomcat, Spring and
 * nginx each undo some of these; this reading undoes all of them, so a path any of them could take for
 * {@code /internal/...} is taken for it here too. It only decides what to refuse: what is forwarded is
 * the path as sent.
 */
final class WidestReading {

	private WidestReading() {
	}

	static List<String> segments(String rawPath) {
		String path = rawPath;
		for (String decoded = decode(path); !decoded.equals(path); decoded = decode(path)) {
			path = decoded;
		}
		Deque<String> segments = new ArrayDeque<>();
		for (String segment : path.replace('\\', '/').split("/")) {
			String name = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
			if (name.equals("..")) {
				segments.pollLast();
			}
			else if (!name.isEmpty() && !name.equals(".")) {
				segments.addLast(name);
			}
		}
		return List.copyOf(segments);
	}

	/** One round of percent-decoding; a {@code %} not followed by two hex digits stays as it is. */
	private static String decode(String path) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
		byte[] raw = path.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] == '%' && i + 2 < raw.length && HexFormat.isHexDigit(raw[i + 1]) && HexFormat.isHexDigit(raw[i + 2])) {
				bytes.write(Character.digit(raw[i + 1], 16) << 4 | Character.digit(raw[i + 2], 16));
				i += 2;
			}
			else {
				bytes.write(raw[i]);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
