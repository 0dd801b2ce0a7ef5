package dev.plaza.platform.web;

import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
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
