package dev.plaza.backoffice.web;

import java.util.Set;

import dev.plaza.backoffice.application.Staff;
import dev.plaza.backoffice.application.TodaysFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The back office's first page: today's figures of the tenant the person logged into. */
@Controller
class TodayPage implements Section {

	private final TodaysFigures figures;

	TodayPage(TodaysFigures figures) {
		this.figures = figures;
	}

	@Override
	public Entry entry() {
		return new Entry(0, "Today", "/admin", Set.of());
	}

	@GetMapping("/admin")
	String home(@ModelAttribute("staff") Staff staff, Model model) {
		model.addAttribute("figures", figures.of(staff));
		return "backoffice/home";
	}
}
