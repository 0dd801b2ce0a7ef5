package dev.plaza.events;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.plaza.platform.TenantId;

/**
 * What makes an object a module event, and where it goes on Kafka. A module's published events are
 * records in its root package ({@code dev.plaza.<module>}) whose first component is the tenant and
 * whose second names the aggregate they happened to (a list of ids for events about several at
 * once, such as {@code TransfersPosted}: the first of them). Events of sub-packages are the
 * module's own and stay in-process. An event that moved to another module keeps the name it was
 * published under, on Kafka and in its records' type header.
 */
public final class ModuleEvents {

	private static final String BASE_PACKAGE = "dev.plaza.";

	/**
	 * Events published under another name than their class's: the catalog's, which moved into
	 * {@code venues} and {@code products} when the catalog was split, and the stock events, which
	 * moved from {@code reservations} into {@code inventory}. Consumers subscribed to their topics,
	 * and services of the release before, still find them under the old names.
	 */
	private static final Map<String, String> PUBLISHED_NAMES = Map.of(
			"dev.plaza.venues.CinemaChanged", "dev.plaza.catalog.CinemaChanged",
			"dev.plaza.venues.MovieChanged", "dev.plaza.catalog.MovieChanged",
			"dev.plaza.venues.RoomChanged", "dev.plaza.catalog.RoomChanged",
			"dev.plaza.venues.ShowtimeCancelled", "dev.plaza.catalog.ShowtimeCancelled",
			"dev.plaza.venues.ShowtimesScheduled", "dev.plaza.catalog.ShowtimesScheduled",
			"dev.plaza.products.ProductChanged", "dev.plaza.catalog.ProductChanged",
			"dev.plaza.inventory.StockReserved", "dev.plaza.reservations.StockReserved",
			"dev.plaza.inventory.StockReleased", "dev.plaza.reservations.StockReleased",
			"dev.plaza.inventory.StockCommitted", "dev.plaza.reservations.StockCommitted");

	private static final Map<String, String> CLASS_NAMES = PUBLISHED_NAMES.entrySet()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

	/** Asked for every event any module publishes, so each class is looked at once. */
	private static final ClassValue<Boolean> MODULE_EVENT_TYPES = new ClassValue<>() {
		@Override
		protected Boolean computeValue(Class<?> type) {
			String module = type.getPackageName().startsWith(BASE_PACKAGE)
					? type.getPackageName().substring(BASE_PACKAGE.length()) : "";
			RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
			return !module.isEmpty() && !module.contains(".") && components.length > 0
					&& components[0].getType() == TenantId.class;
		}
	};

	private ModuleEvents() {
	}

	/** Whether this object is a module event, to be carried over Kafka in scaled mode. */
	public static boolean isModuleEvent(Object event) {
		return isModuleEventType(event.getClass());
	}

	/** Whether events of this type are module events: records in a module's root package led by a TenantId. */
	public static boolean isModuleEventType(Class<?> type) {
		return MODULE_EVENT_TYPES.get(type);
	}

	/**
	 * The name events of this type are published under, such as {@code dev.plaza.ledger.TransfersPosted}:
	 * their class's, or the one they kept when they moved to another module.
	 */
	public static String name(Class<?> type) {
		return PUBLISHED_NAMES.getOrDefault(type.getName(), type.getName());
	}

	/** The class of the events published under this name (see {@link #name(Class)}). */
	public static String className(String name) {
		return CLASS_NAMES.getOrDefault(name, name);
	}

	/** {@code plaza.<module>.<EventName>}, such as {@code plaza.ledger.TransfersPosted}, from its {@linkplain #name(Class) name}. */
	public static String topic(Class<?> type) {
		return "plaza." + name(type).substring(BASE_PACKAGE.length());
	}

	/** {@code <tenantId>:<aggregateId>}: one aggregate's events land in one partition, in order. */
	public static String key(Object event) {
		RecordComponent[] components = event.getClass().getRecordComponents();
		if (components.length < 2) {
			return tenant(event).toString();
		}
		Object aggregate = value(event, components[1]);
		if (aggregate instanceof List<?> ids) {
			aggregate = ids.isEmpty() ? "" : ids.getFirst();
		}
		return tenant(event) + ":" + aggregate;
	}

	/** The tenant a module event belongs to. */
	public static TenantId tenant(Object event) {
		return (TenantId) value(event, event.getClass().getRecordComponents()[0]);
	}

	private static Object value(Object event, RecordComponent component) {
		try {
			return component.getAccessor().invoke(event);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + event.getClass().getName(), ex);
		}
	}
}
