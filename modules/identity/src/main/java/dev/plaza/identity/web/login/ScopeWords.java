package dev.plaza.identity.web.login;

import java.util.Map;

/** What a scope lets an app do, in words a person deciding whether to allow it understands. */
final class ScopeWords {

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("openid", "Know who you are"),
			Map.entry("profile", "See your name"), Map.entry("email", "See your e-mail address"),
			Map.entry("offline_access", "Stay connected while you are away"),
			Map.entry("tenant:read", "See your organization's settings"),
			Map.entry("ledger:read", "See ledger accounts and transfers"),
			Map.entry("ledger:write", "Create accounts and post transfers"),
			Map.entry("catalog:write", "Change the catalog: venues, movies, showtimes and products"),
			Map.entry("reservations:write", "Hold seats and reserve stock"),
			Map.entry("payments:read", "See payments"), Map.entry("payments:write", "Take payments and refund them"),
			Map.entry("notifications:read", "See e-mails and webhooks sent"),
			Map.entry("notifications:write", "Send e-mails, webhooks and campaigns"),
			Map.entry("orders:read", "See orders and customers"), Map.entry("orders:write", "Create and change orders"),
			Map.entry("orders:refund", "Refund orders"), Map.entry("users:read", "See your organization's people"),
			Map.entry("users:write", "Invite, change and remove your organization's people"),
			Map.entry("clients:write", "Register apps and API clients"), Map.entry("audit:read", "Read the audit log"),
			Map.entry("config:write", "Change your organization's country and limits"),
			Map.entry("onboarding:write", "Onboard businesses in bulk"),
			Map.entry("lending:read", "See loan products, applications and loans"),
			Map.entry("lending:write", "Configure loan products, decide applications and take repayments"),
			Map.entry("billing:write", "Change billing"));

	private ScopeWords() {
	}

	static String of(String scope) {
		return WORDS.getOrDefault(scope, "Use the permission '" + scope + "'");
	}
}
