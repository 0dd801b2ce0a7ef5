package dev.plaza.backoffice.web;

import java.util.Comparator;
import java.util.List;

import dev.plaza.backoffice.application.StaffApi;
import dev.plaza.backoffice.application.Staff;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every back-office page shows around its content: who is logged in and the navigation they may use. */
@ControllerAdvice(basePackageClasses = Layout.class)
class Layout {

	private final StaffApi api;

	private final List<Section> sections;

	Layout(StaffApi api, List<Section> sections) {
		this.api = api;
		this.sections = sections.stream().sorted(Comparator.comparingInt(section -> section.entry().position())).toList();
	}

	@ModelAttribute("staff")
	Staff staff() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken ? api.staff() : null;
	}

	@ModelAttribute("navigation")
	List<Section.Entry> navigation(@ModelAttribute("staff") Staff staff) {
		return staff == null ? List.of()
				: sections.stream().map(Section::entry).filter(entry -> entry.shownTo(staff)).toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
