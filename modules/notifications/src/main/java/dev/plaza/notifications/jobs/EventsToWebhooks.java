package dev.plaza.notifications.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import dev.plaza.audit.AuditHeadPublished;
import dev.plaza.ledger.TransferId;
import dev.plaza.ledger.TransfersPosted;
import dev.plaza.notifications.WebhookEvent;
import dev.plaza.notifications.Webhooks;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.reservations.SeatsHeld;
import dev.plaza.reservations.SeatsReleased;
import dev.plaza.venues.ShowtimeCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Other modules' events, passed on to tenants' webhooks. Each webhook's {@code data} is built from
 * the typed event into the record below that names its fields. Each event's dedup key names what
 * happened (the showtime, the hold, the transfers), so an event the registry publishes again after
 * a restart is not sent twice.
 *
 * <p>No transaction around the listeners themselves: one begun before the tenant is restored from
 * the event would be bound to no tenant and see no rows. Publishing opens its own, inside.
 */
@Component
public class EventsToWebhooks {

	public static final String SHOWTIME_CANCELLED = "showtime.cancelled";

	public static final String SEATS_HELD = "seats.held";

	public static final String SEATS_RELEASED = "seats.released";

	public static final String TRANSFERS_POSTED = "transfers.posted";

	public static final String AUDIT_HEAD = "audit.head";

	private final Webhooks webhooks;

	EventsToWebhooks(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ShowtimeCancelled event) {
		publish(event.tenant(), SHOWTIME_CANCELLED, event.showtime().value().toString(),
				new CancelledShowtime(event.showtime().value()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SeatsHeld event) {
		publish(event.tenant(), SEATS_HELD, event.holdId().value().toString(), new HeldSeats(event.holdId().value(),
				event.showtimeId().value(), event.seats(), event.customer(), event.expiresAt().toString()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SeatsReleased event) {
		publish(event.tenant(), SEATS_RELEASED, event.holdId().value().toString(),
				new ReleasedSeats(event.holdId().value(), event.showtimeId().value(), event.seats()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TransfersPosted event) {
		List<String> transfers = event.transfers().stream().map(TransferId::value).map(Object::toString).toList();
		publish(event.tenant(), TRANSFERS_POSTED, digest(transfers),
				new PostedTransfers(transfers, event.postedAt().toString()));
	}

	/**
	 * The platform's own chain has no webhooks to go to. Each database holding a chain of the tenant (one per
	 * service when scaled) publishes its own head, hence the head in the dedup key.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AuditHeadPublished event) {
		if (event.tenant().isPlatform()) {
			return;
		}
		publish(event.tenant(), AUDIT_HEAD, event.day() + "/" + event.head(),
				new PublishedAuditHead(event.day(), event.entries(), event.head(), event.at().toString()));
	}

	private void publish(TenantId tenant, String type, String subject, Object data) {
		TenantContext.runAs(tenant, () -> webhooks.publish(new WebhookEvent(type, type + "/" + subject, data)));
	}

	/** Transfer ids are unique and each posts once, so the set of them names the commit. */
	private static String digest(List<String> transfers) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			transfers.stream().sorted().forEach(id -> sha.update((id + ",").getBytes(StandardCharsets.US_ASCII)));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** {@code showtime.cancelled}: the showtime will not take place. */
	record CancelledShowtime(UUID showtimeId) {
	}

	/** {@code seats.held}: the customer holds these seats until {@code expiresAt} (ISO-8601). */
	record HeldSeats(UUID holdId, UUID showtimeId, List<String> seats, String customer, String expiresAt) {
	}

	/** {@code seats.released}: the hold was given up; its seats are free again. */
	record ReleasedSeats(UUID holdId, UUID showtimeId, List<String> seats) {
	}

	/** {@code transfers.posted}: these transfers were applied together at {@code postedAt} (ISO-8601). */
	record PostedTransfers(List<String> transferIds, String postedAt) {
	}

	/**
	 * {@code audit.head}: on {@code day} (UTC) the tenant's audit chain held {@code entries} entries, the last
	 * with hash {@code head}; keep it to check later that {@code GET /api/v1/audit/verification} still agrees.
	 */
	record PublishedAuditHead(String day, long entries, String head, String publishedAt) {
	}
}
