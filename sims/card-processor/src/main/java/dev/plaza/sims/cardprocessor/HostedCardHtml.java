package dev.plaza.sims.cardprocessor;

import java.util.Map;

/** The hosted card page's HTML: a labelled form, errors tied to their fields, no script. */
final class HostedCardHtml {

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:0;background:#f4f4f6;color:#1a1a1a}
			main{max-width:26rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px}
			h1{font-size:1.4rem}label{display:block;font-weight:600;margin-top:1rem}
			input{font-size:1.1rem;padding:.5rem;width:100%;box-sizing:border-box;border:1px solid #555;border-radius:4px}
			input:focus{outline:3px solid #1a4fd6;outline-offset:1px}
			.error{color:#a0001b;margin:.25rem 0 0}.summary{border:2px solid #a0001b;padding:.5rem 1rem;margin-bottom:1rem}
			button{margin-top:1.5rem;font-size:1.1rem;padding:.6rem 1.2rem;background:#1a4fd6;color:#fff;border:0;border-radius:4px}
			button:focus{outline:3px solid #1a1a1a;outline-offset:2px}.note{font-size:.9rem;color:#444}
			""";

	private HostedCardHtml() {
	}

	static String form(String returnUrl, String state, String number, String expiry, Map<String, String> errors) {
		StringBuilder html = new StringBuilder(head("Pay by card"));
		html.append("<main><h1>Pay by card</h1>");
		if (!errors.isEmpty()) {
			html.append("<div class=\"summary\" role=\"alert\"><p><strong>Check your card details:</strong></p><ul>");
			errors.forEach((field, message) -> html.append("<li><a href=\"#").append(field).append("\">")
				.append(escape(message)).append("</a></li>"));
			html.append("</ul></div>");
		}
		html.append("<form method=\"post\" action=\"/hosted/card\" novalidate>")
			.append("<input type=\"hidden\" name=\"return_url\" value=\"").append(escape(returnUrl)).append("\">")
			.append("<input type=\"hidden\" name=\"state\" value=\"").append(escape(state)).append("\">");
		field(html, "number", "Card number", number, "cc-number", "1234 1234 1234 1234", errors);
		field(html, "expiry", "Expiry date (MM/YY)", expiry, "cc-exp", "MM/YY", errors);
		field(html, "cvc", "Security code (CVC)", "", "cc-csc", "3 or 4 digits", errors);
		html.append("<button type=\"submit\">Pay</button></form>")
			.append("<p class=\"note\">Your card details go to the card processor only; the merchant receives a token.</p>")
			.append("</main></body></html>");
		return html.toString();
	}

	static String problem(String detail) {
		return head("Card payment unavailable") + "<main><h1>Card payment unavailable</h1><p>" + escape(detail)
				+ "</p></main></body></html>";
	}

	private static void field(StringBuilder html, String name, String label, String value, String autocomplete,
			String hint, Map<String, String> errors) {
		String error = errors.get(name);
		html.append("<label for=\"").append(name).append("\">").append(label).append("</label>")
			.append("<input id=\"").append(name).append("\" name=\"").append(name).append("\" inputmode=\"numeric\" ")
			.append("autocomplete=\"").append(autocomplete).append("\" placeholder=\"").append(hint).append("\" required")
			.append(" value=\"").append(escape(value)).append("\"");
		if (error != null) {
			html.append(" aria-invalid=\"true\" aria-describedby=\"").append(name).append("-error\"");
		}
		html.append(">");
		if (error != null) {
			html.append("<p class=\"error\" id=\"").append(name).append("-error\">").append(escape(error)).append("</p>");
		}
	}

	private static String head(String title) {
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
				+ " — Plaza test card processor</title><style>" + STYLE + "</style></head><body>";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}
}
