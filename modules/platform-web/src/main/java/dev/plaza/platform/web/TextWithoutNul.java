package dev.plaza.platform.web;

import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses U+0000 in any text of a JSON body, free JSON ({@code metadata}, {@code attributes})
 * included, keys as well as values. PostgreSQL can store the NUL character neither in
 * {@code text} nor in {@code jsonb}; refused here, the caller learns which field holds it instead of
 * getting a 500 from the database.
 */
final class TextWithoutNul extends SimpleModule {

	static final String REASON = "must not contain the NUL character (U+0000)";

	TextWithoutNul() {
		super("text-without-nul");
		addDeserializer(String.class, new Strings());
		addKeyDeserializer(String.class, new Keys());
		addDeserializer(JsonNode.class, new Trees());
		setDeserializerModifier(new ScalarsFromText());
	}

	/** The text had a NUL character; its path says where. */
	static final class NulCharacterException extends MismatchedInputException {

		NulCharacterException(JsonParser parser) {
			super(parser, "Text " + REASON, String.class);
		}
	}

	private static final class Strings extends StdScalarDeserializer<String> {

		Strings() {
			super(String.class);
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && text.indexOf('\0') >= 0) {
				throw new NulCharacterException(parser);
			}
			return text;
		}
	}

	/**
	 * Ids, instants, dates, URIs and other scalars read from text: Jackson trims their text first, and
	 * trimming drops a leading or trailing NUL, so {@code "\u0000" + id} would be taken for the id.
	 */
	private static final class ScalarsFromText extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			LogicalType type = deserializer.logicalType();
			return type == LogicalType.OtherScalar || type == LogicalType.DateTime ? new NulRefusing(deserializer)
					: deserializer;
		}
	}

	private static final class NulRefusing extends DelegatingDeserializer {

		NulRefusing(ValueDeserializer<?> delegatee) {
			super(delegatee);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
			return new NulRefusing(delegatee);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING) && parser.getString().indexOf('\0') >= 0) {
				throw new NulCharacterException(parser);
			}
			return super.deserialize(parser, context);
		}
	}

	private static final class Keys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			if (key.indexOf('\0') >= 0) {
				throw new NulCharacterException(context.getParser());
			}
			return key;
		}
	}

	private static final class Trees extends StdDeserializer<JsonNode> {

		@SuppressWarnings("unchecked")
		private static final ValueDeserializer<JsonNode> TREES = (ValueDeserializer<JsonNode>) JsonNodeDeserializer
			.getDeserializer(JsonNode.class);

		Trees() {
			super(JsonNode.class);
		}

		@Override
		public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode tree = TREES.deserialize(parser, context);
			NulCharacterException nul = find(tree, parser);
			if (nul != null) {
				throw nul;
			}
			return tree;
		}

		@Override
		public JsonNode getNullValue(DeserializationContext context) {
			return (JsonNode) TREES.getNullValue(context);
		}

		@Override
		public Object getAbsentValue(DeserializationContext context) {
			return TREES.getAbsentValue(context);
		}

		/** The exception for the first NUL character in the tree, its path leading there; null without one. */
		private static NulCharacterException find(JsonNode node, JsonParser parser) {
			if (node.isString()) {
				return node.asString().indexOf('\0') >= 0 ? new NulCharacterException(parser) : null;
			}
			if (node.isArray()) {
				for (int i = 0; i < node.size(); i++) {
					NulCharacterException nul = find(node.get(i), parser);
					if (nul != null) {
						nul.prependPath(node, i);
						return nul;
					}
				}
			}
			if (node.isObject()) {
				for (Map.Entry<String, JsonNode> property : node.properties()) {
					NulCharacterException nul = property.getKey().indexOf('\0') >= 0 ? new NulCharacterException(parser)
							: find(property.getValue(), parser);
					if (nul != null) {
						nul.prependPath(node, property.getKey());
						return nul;
					}
				}
			}
			return null;
		}
	}
}
