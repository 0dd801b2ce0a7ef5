package dev.plaza.events;

import java.lang.reflect.RecordComponent;
import java.util.List;

import dev.plaza.platform.TenantId;
import org.springframework.modulith.events.Externalized;

/**
 * What makes an object a module event, and where it goes on Kafka. A module's published events are
 * records in its root package ({@code dev.plaza.<module>}) whose first component is the tenant and
 * whose second names the aggregate they happened to (a list of ids for events about several at
 * once, such as {@code TransfersPosted}: the first of them). Events of sub-packages are the
 * module's own and stay in-process.
 */
public final class ModuleEvents {

	private static final String BASE_PACKAGE = "dev.plaza.";

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
	 * {@code plaza.<module>.<EventName>}, such as {@code plaza.ledger.TransfersPosted}; or the topic an
	 * event pins with {@link Externalized}: an event that moved to another module keeps the topic its
	 * consumers read.
	 */
	public static String topic(Class<?> type) {
		Externalized pinned = type.getAnnotation(Externalized.class);
		if (pinned != null && !pinned.value().isBlank()) {
			return pinned.value();
		}
		return "plaza." + type.getPackageName().substring(BASE_PACKAGE.length()) + "." + type.getSimpleName();
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
