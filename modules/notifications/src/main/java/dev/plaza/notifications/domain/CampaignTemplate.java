package dev.plaza.notifications.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.plaza.platform.FieldError;

/**
 * A campaign's subject and bodies as Mustache templates, rendered once per recipient. Tenants write
 * them, so only the recipient's {@code {{name}}} and {@code {{email}}} may appear (plain, unescaped
 * with {@code {{{…}}}} or {@code {{&…}}}, or as {@code {{#name}}…{{/name}}} sections that show only
 * when the recipient has a name, and {@code {{^name}}…{{/name}}} when not); nothing else of the
 * engine is reachable. Values are HTML-escaped in the HTML body only.
 */
public final class CampaignTemplate {

	static final Set<String> VARIABLES = Set.of("name", "email");

	private static final Pattern TAG = Pattern.compile("\\{\\{(\\{?)\\s*([#^/&!]?)\\s*([^}]*?)\\s*}?}}");

	private final Template subject;

	private final Template text;

	private final Template html;

	private CampaignTemplate(Template subject, Template text, Template html) {
		this.subject = subject;
		this.text = text;
		this.html = html;
	}

	/** Each field that is not a valid template, with why; empty when all are. */
	public static List<FieldError> problems(String subject, String text, String html) {
		List<FieldError> problems = new ArrayList<>();
		check("subject", subject).ifPresent(reason -> problems.add(new FieldError("subject", reason)));
		check("text", text).ifPresent(reason -> problems.add(new FieldError("text", reason)));
		check("html", html).ifPresent(reason -> problems.add(new FieldError("html", reason)));
		return problems;
	}

	/** Compiles templates that {@link #problems} found nothing wrong with. */
	public static CampaignTemplate of(String subject, String text, String html) {
		return new CampaignTemplate(plain(subject), text == null ? null : plain(text),
				html == null ? null : compiler().escapeHTML(true).compile(html));
	}

	public Rendered render(String email, String name) {
		Map<String, String> recipient = Map.of("email", email, "name", name == null ? "" : name);
		return new Rendered(subject.execute(recipient).replaceAll("[\\r\\n]+", " "),
				text == null ? null : text.execute(recipient), html == null ? null : html.execute(recipient));
	}

	private static Optional<String> check(String field, String template) {
		if (template == null) {
			return Optional.empty();
		}
		List<String> unknown = new ArrayList<>();
		Matcher tag = TAG.matcher(template);
		while (tag.find()) {
			if (!tag.group(2).equals("!") && !VARIABLES.contains(tag.group(3))) {
				unknown.add(tag.group());
			}
		}
		if (!unknown.isEmpty()) {
			return Optional.of("uses " + unknown + "; only {{name}} and {{email}} can be filled in");
		}
		try {
			plain(template).execute(Map.of("email", "ana@example.com", "name", "Ana"));
			return Optional.empty();
		}
		catch (MustacheException ex) {
			return Optional.of("is not a valid template: " + ex.getMessage());
		}
	}

	private static Template plain(String template) {
		return compiler().escapeHTML(false).compile(template);
	}

	/** A recipient without a name has an empty one, which {@code {{#name}}} treats as absent. */
	private static Mustache.Compiler compiler() {
		return Mustache.compiler().emptyStringIsFalse(true);
	}

	/** The e-mail one recipient gets. */
	public record Rendered(String subject, String text, String html) {
	}
}
