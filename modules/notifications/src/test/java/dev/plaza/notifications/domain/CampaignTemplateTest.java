package dev.plaza.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.platform.FieldError;
import org.junit.jupiter.api.Test;

class CampaignTemplateTest {

	@Test
	void fillsInEachRecipientsNameAndAddressEscapingOnlyTheHtmlBody() {
		CampaignTemplate template = CampaignTemplate.of("Hello {{name}}", "Dear {{name}} <{{email}}>",
				"<p>{{#name}}Dear {{name}}{{/name}}{{^name}}Hello{{/name}}</p>");

		CampaignTemplate.Rendered ana = template.render("ana@example.com", "Ana & Bo");
		CampaignTemplate.Rendered nameless = template.render("x@example.com", null);

		assertThat(ana.subject()).isEqualTo("Hello Ana & Bo");
		assertThat(ana.text()).isEqualTo("Dear Ana & Bo <ana@example.com>");
		assertThat(ana.html()).isEqualTo("<p>Dear Ana &amp; Bo</p>");
		assertThat(nameless.html()).isEqualTo("<p>Hello</p>");
	}

	@Test
	void aNameCannotBreakTheSubjectIntoSeveralHeaderLines() {
		CampaignTemplate template = CampaignTemplate.of("Hi {{name}}", "x", null);

		assertThat(template.render("a@example.com", "Ana\r\nBcc: all@example.com").subject()).doesNotContain("\n");
	}

	@Test
	void onlyTheRecipientsNameAndEmailCanBeFilledIn() {
		assertThat(CampaignTemplate.problems("Hi {{ name }}", "{{{name}}} {{&email}} {{! note }}", null)).isEmpty();
		assertThat(CampaignTemplate.problems("Hi {{firstName}}", null, null)).extracting(FieldError::field).containsExactly("subject");
		assertThat(CampaignTemplate.problems("Hi", "{{name.class}}", null)).extracting(FieldError::field).containsExactly("text");
		assertThat(CampaignTemplate.problems("Hi", "{{> other}}", null)).extracting(FieldError::field).containsExactly("text");
		assertThat(CampaignTemplate.problems("Hi", "{{=<% %>=}}<%secret%>", null)).extracting(FieldError::field).containsExactly("text");
		assertThat(CampaignTemplate.problems("Hi", null, "{{#name}}unclosed")).extracting(FieldError::field).containsExactly("html");
	}
}
