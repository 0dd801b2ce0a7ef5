package dev.plaza.backoffice.web;

import java.util.Set;

import dev.plaza.backoffice.application.Staff;

/**
 * A part of the back office with an entry in the navigation: each page's controller declares its
 * own, so adding a page touches no shared list.
 */
interface Section {

	/** Its entry: where it sits in the navigation, and the scopes of which a person needs one to see it. */
	Entry entry();

	record Entry(int position, String label, String path, Set<String> anyOf) {

		boolean shownTo(Staff staff) {
			return anyOf.isEmpty() || anyOf.stream().anyMatch(staff::can);
		}
	}
}
