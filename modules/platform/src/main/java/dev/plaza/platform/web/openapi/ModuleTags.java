package dev.plaza.platform.web.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Groups operations by the module that serves them ({@code dev.plaza.<module>}), the way the
 * modules divide the domain, instead of one tag per controller class. The modules the catalog was
 * split into keep its tag, as their operations keep its paths.
 */
class ModuleTags implements GlobalOperationCustomizer {

	/** One line per module, shown above its operations. */
	static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
			Map.entry("tenancy", "Organizations, their tenants per environment and white-label storefront domains"),
			Map.entry("identity", "API clients of a tenant and their scopes; tokens come from /oauth2/token"),
			Map.entry("audit", "The tenant's tamper-evident audit log: who changed what, when and from where; its verification and export"),
			Map.entry("catalog", "What a tenant sells: cities, cinemas, rooms, movies, showtimes, products, images; search"),
			Map.entry("reservations", "Seat holds of showtimes, seat maps and hold limits"),
			Map.entry("inventory", "Shop stock: levels, locations, adjustments and reservations"),
			Map.entry("orders", "Carts, orders, their payment, refunds and tickets"),
			Map.entry("payments", "Payment intents charged through a card processor, refunds and processor webhooks"),
			Map.entry("ledger", "Double-entry accounts and transfers in minor units, two-phase and linked"),
			Map.entry("notifications", "Signed webhooks to the tenant's endpoints and e-mail campaigns"),
			Map.entry("lending", "Lending: loan products, the marketplace, applications, decisions, offers, loans, repayments and the close of business"),
			Map.entry("onboarding", "Bulk onboarding jobs: businesses uploaded by the thousand, validated, verified and provisioned"),
			Map.entry("rules", "Configuration per country and tenant, versioned and effective-dated; validation rules as CEL rule sets and their dry run"));

	/** Modules whose operations are tagged with another module's name. */
	static final Map<String, String> TAGGED_AS = Map.of("venues", "catalog", "products", "catalog", "media", "catalog",
			"search", "catalog");

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		String module = moduleOf(handler.getBeanType());
		operation.setTags(List.of(TAGGED_AS.getOrDefault(module, module)));
		return operation;
	}

	static List<Tag> tags() {
		return DESCRIPTIONS.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> new Tag().name(entry.getKey()).description(entry.getValue()))
			.toList();
	}

	private static String moduleOf(Class<?> controller) {
		String[] segments = controller.getPackageName().split("\\.");
		return segments.length > 2 && "dev".equals(segments[0]) && "plaza".equals(segments[1]) ? segments[2]
				: controller.getPackageName();
	}
}
