package dev.plaza.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plaza.audit.application.AuditReading;
import dev.plaza.audit.application.AuditReading.Verification;
import dev.plaza.audit.domain.EntryFilter;
import dev.plaza.audit.domain.HashChain.Break;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log of the caller's tenant: who did what, when and from where, and whether the record is
 * intact. A token with {@code audit:read} reads its own tenant's chain; the platform administrator's
 * ({@code platform:admin}) reads the platform's chain, or a tenant's named with {@code tenant}.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

	static final String NDJSON = "application/x-ndjson";

	private final AuditReading reading;

	private final JsonMapper json;

	AuditController(AuditReading reading, JsonMapper json) {
		this.reading = reading;
		this.json = json;
	}

	/**
	 * Entries newest first. {@code from} and {@code to} (ISO 8601 instants) bound the time, {@code from}
	 * included; {@code actor} is a user's or client's id; {@code action}, {@code resourceType} and
	 * {@code resourceId} match exactly. Cursor-paged: pass a page's {@code nextCursor} for the next.
	 */
	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_audit:read', 'SCOPE_platform:admin')")
	EntryPage list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String resourceType, @RequestParam(required = false) String resourceId,
			@RequestParam(required = false) String tenant, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		EntryFilter filter = filter(from, to, actor, action, resourceType, resourceId);
		AuditCursor page = AuditCursor.of(cursor, limit);
		List<EntryView> items = reading.page(chain(tenant), filter, page.before(), page.limit())
			.stream()
			.map(EntryView::of)
			.toList();
		return new EntryPage(items, items.size() == page.limit() ? AuditCursor.after(items.getLast().sequence()) : null);
	}

	/**
	 * Recomputes the chain from its first entry: {@code valid} when every entry follows the one before it
	 * and matches its hash; else {@code firstInvalid} names the first that does not, and why. {@code head}
	 * is the last entry's hash (64 zeros for an empty chain): compare it with a published one.
	 */
	@GetMapping("/verification")
	@PreAuthorize("hasAnyAuthority('SCOPE_audit:read', 'SCOPE_platform:admin')")
	VerificationView verification(@RequestParam(required = false) String tenant) {
		Verification verification = reading.verify(chain(tenant));
		return new VerificationView(verification.firstInvalid().isEmpty(), verification.head().entries(),
				verification.head().hash().hex(), verification.firstInvalid().map(InvalidEntry::of).orElse(null));
	}

	/**
	 * Every entry matching the filters (as for the listing), oldest first, one JSON object per line
	 * (NDJSON), streamed: the members are those the canonical form hashes, so the export can be re-verified.
	 * 204 when no entry matches.
	 */
	@GetMapping(path = "/export", produces = NDJSON)
	@PreAuthorize("hasAnyAuthority('SCOPE_audit:read', 'SCOPE_platform:admin')")
	@ApiResponse(responseCode = "200", description = "One entry (an EntryView) per line",
			content = @Content(mediaType = NDJSON, schema = @Schema(hidden = true)))
	@ApiResponse(responseCode = "204", description = "No entry matches")
	void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String resourceType, @RequestParam(required = false) String resourceId,
			@RequestParam(required = false) String tenant, HttpServletResponse response) throws IOException {
		EntryFilter filter = filter(from, to, actor, action, resourceType, resourceId);
		TenantId chain = chain(tenant);
		long[] written = new long[1];
		reading.each(chain, filter, entry -> {
			try {
				if (written[0]++ == 0) {
					response.setContentType(NDJSON);
					response.setCharacterEncoding(StandardCharsets.UTF_8.name());
					response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
				}
				response.getOutputStream().write(json.writeValueAsBytes(EntryView.of(entry)));
				response.getOutputStream().write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		if (written[0] == 0) {
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		}
	}

	/** The chain to read: the caller's tenant's; the platform administrator may name any. */
	private static TenantId chain(String tenant) {
		TenantId caller = TenantContext.current()
			.orElseThrow(() -> new Problem(ProblemType.FORBIDDEN, "This token acts for no tenant, so it has no audit log to read."));
		if (tenant == null) {
			return caller;
		}
		if (!caller.isPlatform()) {
			throw new Problem(ProblemType.FORBIDDEN, "Only the platform administrator (scope platform:admin) may name a "
					+ "tenant; leave 'tenant' out to read your own tenant's audit log.");
		}
		try {
			return new TenantId(UUID.fromString(tenant));
		}
		catch (IllegalArgumentException ex) {
			throw AuditCursor.invalid("tenant", "must be a tenant id (a UUID), got '" + tenant + "'");
		}
	}

	private static EntryFilter filter(String from, String to, String actor, String action, String resourceType,
			String resourceId) {
		Instant start = instant("from", from);
		Instant end = instant("to", to);
		if (start != null && end != null && !start.isBefore(end)) {
			throw AuditCursor.invalid("to", "must be after 'from' (" + from + "), got '" + to + "'");
		}
		return new EntryFilter(start, end, actor, action, resourceType, resourceId);
	}

	private static Instant instant(String parameter, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw AuditCursor.invalid(parameter,
					"must be an instant in ISO 8601 with a Z offset, such as 2026-12-07T00:00:00Z, got '" + value + "'");
		}
	}

	/**
	 * A page of entries.
	 *
	 * @param nextCursor pass it as {@code cursor} for the next page; absent on the last
	 */
	record EntryPage(List<EntryView> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {
	}

	/**
	 * @param valid whether every entry is intact and in its place
	 * @param entries how many entries the chain holds
	 * @param head the hash of its last entry
	 * @param firstInvalid the first entry that breaks the chain; only when not valid
	 */
	record VerificationView(boolean valid, long entries, String head,
			@JsonInclude(JsonInclude.Include.NON_NULL) InvalidEntry firstInvalid) {
	}

	/** @param reason why it breaks the chain */
	record InvalidEntry(long sequence, UUID id, String reason) {

		static InvalidEntry of(Break broken) {
			return new InvalidEntry(broken.sequence(), broken.id(), broken.reason());
		}
	}
}
