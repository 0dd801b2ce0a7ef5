package dev.plaza.devmail;

import java.util.List;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The dev mailbox as one server-rendered page: each message's recipients, subject, arrival time and
 * text, newest first. Everything a message carries is escaped, its HTML body included: it is shown as
 * source, never run.
 */
final class MailboxPage {

	private MailboxPage() {
	}

	static String render(List<ReceivedMail> messages) {
		StringBuilder page = new StringBuilder("""
				<!doctype html>
				<html lang="en">
				<head><meta charset="utf-8"><title>Plaza dev mailbox</title>
				<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}article{border-top:1px solid #ccc;padding:1rem 0}
				pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}details pre{font-size:.85em}</style></head>
				<body>
				<h1>Plaza dev mailbox</h1>
				""");
		page.append("<p>E-mail Plaza sent since it started, newest first (").append(messages.size())
			.append(messages.size() == 1 ? " message" : " messages")
			.append("). Configure an SMTP server (<code>SPRING_MAIL_HOST</code>) to deliver it for real.</p>\n");
		for (ReceivedMail mail : messages) {
			page.append("<article>\n<h2>").append(htmlEscape(mail.subject())).append("</h2>\n")
				.append("<p>To ").append(htmlEscape(mail.to())).append(", received <time>")
				.append(mail.receivedAt()).append("</time></p>\n");
			if (mail.text() != null) {
				page.append("<pre>").append(htmlEscape(mail.text())).append("</pre>\n");
			}
			if (mail.html() != null) {
				page.append("<details><summary>HTML</summary><pre>").append(htmlEscape(mail.html()))
					.append("</pre></details>\n");
			}
			page.append("</article>\n");
		}
		return page.append("</body>\n</html>\n").toString();
	}
}
