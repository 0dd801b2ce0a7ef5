package dev.plaza.events.application;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code plaza.events.kafka.consume} names at least one event type. */
class ConsumesEvents implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return Binder.get(context.getEnvironment())
			.bind("plaza.events.kafka.consume", Bindable.listOf(String.class))
			.map(types -> !types.isEmpty())
			.orElse(false);
	}
}
