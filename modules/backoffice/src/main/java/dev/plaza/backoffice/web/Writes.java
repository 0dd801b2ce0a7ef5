package dev.plaza.backoffice.web;

import dev.plaza.backoffice.application.ApiRefused;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After a write: back to the page (post, redirect, get), saying what happened or, when the API
 * refused the request for its content, why — its problem's {@code detail} says how to fix it. A
 * refusal for the person's role is the 403 page.
 */
final class Writes {

	private Writes() {
	}

	static String done(RedirectAttributes redirect, Runnable write, String notice, String back) {
		try {
			write.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ApiRefused refused) {
			if (refused.status() == 401 || refused.status() == 403) {
				throw refused;
			}
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:" + back;
	}
}
