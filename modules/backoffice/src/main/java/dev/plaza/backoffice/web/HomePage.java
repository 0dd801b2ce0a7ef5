package dev.plaza.backoffice.web;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's first page: today's figures of the tenant the person logged into. */
@Controller("backofficeHomePage")
class HomePage implements Section {

	@Override
	public Entry entry() {
		return new Entry(0, "Today", "/admin", Set.of());
	}

	@GetMapping("/admin")
	String home() {
		return "backoffice/home";
	}
}
