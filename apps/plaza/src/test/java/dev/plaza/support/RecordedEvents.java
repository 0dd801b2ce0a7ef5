package dev.plaza.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.plaza.identity.application.StaffAccessEnded;
import dev.plaza.identity.application.StaffLoginAttempted;
import dev.plaza.identity.application.StaffPasswordChanged;
import dev.plaza.inventory.StockCommitted;
import dev.plaza.inventory.StockReleased;
import dev.plaza.inventory.StockReserved;
import dev.plaza.ledger.TransfersPosted;
import dev.plaza.payments.PaymentFailed;
import dev.plaza.payments.PaymentRefunded;
import dev.plaza.payments.PaymentSucceeded;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.products.ProductChanged;
import dev.plaza.reservations.SeatsHeld;
import dev.plaza.reservations.SeatsReleased;
import dev.plaza.reservations.SeatsSold;
import dev.plaza.venues.CinemaChanged;
import dev.plaza.venues.MovieChanged;
import dev.plaza.venues.RoomChanged;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimesScheduled;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A module listener as other modules will write them: it runs after the publishing transaction
 * commits, asynchronously, and restores the tenant from the event. It records what it saw.
 */
@TestComponent
public class RecordedEvents {

	private final List<Seen> transfersPosted = new CopyOnWriteArrayList<>();

	private final List<Object> catalogEvents = new CopyOnWriteArrayList<>();

	private final List<Object> reservationEvents = new CopyOnWriteArrayList<>();

	private final List<Object> paymentEvents = new CopyOnWriteArrayList<>();

	private final List<StaffLoginAttempted> loginAttempts = new CopyOnWriteArrayList<>();

	private final List<Object> staffEvents = new CopyOnWriteArrayList<>();

	@ApplicationModuleListener
	void on(TransfersPosted event) {
		TenantContext.runAs(event.tenant(),
				() -> transfersPosted.add(new Seen(event, TenantContext.current().orElseThrow(), Thread.currentThread().getName())));
	}

	@ApplicationModuleListener
	void on(ShowtimesScheduled event) {
		catalogEvents.add(event);
	}

	@ApplicationModuleListener
	void on(ShowtimeCancelled event) {
		catalogEvents.add(event);
	}

	@ApplicationModuleListener
	void on(MovieChanged event) {
		catalogEvents.add(event);
	}

	@ApplicationModuleListener
	void on(CinemaChanged event) {
		catalogEvents.add(event);
	}

	@ApplicationModuleListener
	void on(RoomChanged event) {
		catalogEvents.add(event);
	}

	@ApplicationModuleListener
	void on(ProductChanged event) {
		catalogEvents.add(event);
	}

	@ApplicationModuleListener
	void on(SeatsHeld event) {
		reservationEvents.add(event);
	}

	@ApplicationModuleListener
	void on(SeatsReleased event) {
		reservationEvents.add(event);
	}

	@ApplicationModuleListener
	void on(SeatsSold event) {
		reservationEvents.add(event);
	}

	@ApplicationModuleListener
	void on(StockReserved event) {
		reservationEvents.add(event);
	}

	@ApplicationModuleListener
	void on(StockReleased event) {
		reservationEvents.add(event);
	}

	@ApplicationModuleListener
	void on(StockCommitted event) {
		reservationEvents.add(event);
	}

	/** Published in the login request, which has no transaction: heard as it happens, not after a commit. */
	@EventListener
	void on(StaffLoginAttempted event) {
		loginAttempts.add(event);
	}

	/** Attempts to log in on the login pages, in order. */
	public List<StaffLoginAttempted> loginAttempts() {
		return List.copyOf(loginAttempts);
	}

	@ApplicationModuleListener
	void on(PaymentSucceeded event) {
		paymentEvents.add(event);
	}

	@ApplicationModuleListener
	void on(PaymentFailed event) {
		paymentEvents.add(event);
	}

	@ApplicationModuleListener
	void on(PaymentRefunded event) {
		paymentEvents.add(event);
	}

	@ApplicationModuleListener
	void on(StaffAccessEnded event) {
		staffEvents.add(event);
	}

	@ApplicationModuleListener
	void on(StaffPasswordChanged event) {
		staffEvents.add(event);
	}

	/** Identity's events about people (access ended, password changed) in the order they were handled. */
	public List<Object> staffEvents() {
		return List.copyOf(staffEvents);
	}

	/** The payments module's events in the order they were handled. */
	public List<Object> paymentEvents() {
		return List.copyOf(paymentEvents);
	}

	/** The reservations module's events in the order they were handled. */
	public List<Object> reservationEvents() {
		return List.copyOf(reservationEvents);
	}

	/** The catalog's events in the order they were handled. */
	public List<Object> catalogEvents() {
		return List.copyOf(catalogEvents);
	}

	public List<Seen> transfersPosted() {
		return List.copyOf(transfersPosted);
	}

	public record Seen(TransfersPosted event, TenantId boundTenant, String thread) {
	}
}
