package dev.plaza.platform.web;

import java.time.Instant;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads instants only from ISO 8601 text, as the API describes them. Jackson would also take a
 * number as seconds since 1970, so that {@code "startsAt": 1700000000} or {@code 1.5} became some
 * time the caller never wrote.
 */
final class TimesAsText extends SimpleModule {

	static final String REASON = "must be a date-time in ISO 8601 text with an offset, such as \"2026-12-24T20:00:00Z\"";

	TimesAsText() {
		super("times-as-text");
		addDeserializer(Instant.class, new Instants());
	}

	private static final class Instants extends StdScalarDeserializer<Instant> {

		Instants() {
			super(Instant.class);
		}

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken().isNumeric()) {
				return context.reportInputMismatch(this, "A date-time is ISO 8601 text, not a number");
			}
			return InstantDeserializer.INSTANT.deserialize(parser, context);
		}
	}
}
