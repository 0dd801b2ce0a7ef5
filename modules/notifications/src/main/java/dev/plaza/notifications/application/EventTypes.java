package dev.plaza.notifications.application;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.plaza.notifications.WebhookEventTypes;
import org.springframework.stereotype.Component;

/** Every event type some module publishes, from their {@link WebhookEventTypes} beans; {@code *} means all. */
@Component
public class EventTypes {

	static final String ALL = "*";

	private final SortedSet<String> known = new TreeSet<>();

	EventTypes(List<WebhookEventTypes> declared) {
		declared.forEach(types -> known.addAll(types.names()));
	}

	public List<String> unknownAmong(List<String> types) {
		return types.stream().filter(type -> !ALL.equals(type) && !known.contains(type)).distinct().toList();
	}

	public SortedSet<String> known() {
		return known;
	}
}
