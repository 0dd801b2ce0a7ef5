package dev.plaza.orders.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.plaza.audit.PersonalDataRead;
import dev.plaza.orders.OrderStatus;
import dev.plaza.orders.application.OrderReader;
import dev.plaza.orders.application.OrderSearch;
import dev.plaza.orders.application.OrderSummary;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's orders as staff look for them: by status, the days they were placed and the customer's e-mail. */
@RestController
@RequestMapping("/api/v1/orders")
class OrderListController {

	private final OrderReader reader;

	OrderListController(OrderReader reader) {
		this.reader = reader;
	}

	/**
	 * The tenant's orders newest first, a page at a time (pass {@code nextCursor} back as {@code cursor}),
	 * those matching every filter given: {@code status}, placed {@code from} and {@code to} (days, inclusive,
	 * UTC, {@code YYYY-MM-DD}) and the customer's {@code email} (whatever its case). A filter that cannot
	 * be read answers {@code invalid-parameter} naming it.
	 */
	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_orders:read', 'SCOPE_orders:write')")
	@PersonalDataRead(resource = "order")
	Map<String, Object> list(@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String email,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		NewestFirstPage page = NewestFirstPage.of(cursor, limit);
		OrderSearch search = new OrderSearch(status(status), day("from", from), day("to", to) == null ? null
				: day("to", to).plusSeconds(86_400), blankToNull(email));
		List<OrderSummary> items = reader.page(search, page);
		return items.size() < page.limit() ? Map.of("items", items)
				: Map.of("items", items, "nextCursor", NewestFirstPage.after(items.getLast().id()));
	}

	private static OrderStatus status(String code) {
		if (blankToNull(code) == null) {
			return null;
		}
		try {
			return OrderStatus.ofCode(code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw invalid("status", "must be one of " + Arrays.stream(OrderStatus.values())
				.map(OrderStatus::code)
				.collect(Collectors.joining(", ")));
		}
	}

	/** The start of the day, in UTC. */
	private static Instant day(String parameter, String value) {
		if (blankToNull(value) == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw invalid(parameter, "must be a day written YYYY-MM-DD, such as 2026-03-31");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Problem invalid(String parameter, String reason) {
		return new Problem(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + reason + ".",
				Map.of("parameter", parameter));
	}
}
