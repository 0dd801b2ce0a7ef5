package dev.plaza.products.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Money;
import dev.plaza.products.TaxClass;
import dev.plaza.products.application.ProductDetails;
import dev.plaza.products.application.ProductProblems;
import dev.plaza.products.domain.ProductRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A product's details as sent to create or replace it. Every field is checked at once, so one
 * answer lists everything to fix; {@code description}, {@code attributes} and {@code images} may
 * be left out.
 */
record ProductRequest(String sku, String title, String description, PriceRequest price, String taxClass,
		JsonNode attributes, List<UUID> images) {

	static final int MAX_TITLE = 300;

	static final int MAX_DESCRIPTION = 20_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record PriceRequest(BigDecimal amount, String currency) {
	}

	/** The details to store, or a 400 listing every field to fix. */
	ProductDetails validated() {
		List<FieldError> found = new ArrayList<>();
		ProductRules.sku(sku, found);
		if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
			found.add(new FieldError("title", "must be given, at most " + MAX_TITLE + " characters"));
		}
		if (description != null && description.length() > MAX_DESCRIPTION) {
			found.add(new FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters"));
		}
		if (price == null) {
			found.add(new FieldError("price", "must be given as {\"amount\": 1999, \"currency\": \"EUR\"} in minor units"));
		}
		else {
			ProductRules.price(price.amount(), price.currency(), found);
		}
		if (taxClass == null || TaxClass.fromCode(taxClass).isEmpty()) {
			found.add(new FieldError("taxClass", "must be one of " + TaxClass.codes()));
		}
		ObjectNode attributesObject = attributesObject(found);
		List<UUID> imageIds = images == null ? List.of() : images;
		ProductRules.images(imageIds, found);
		ProductProblems.refuseIfAny(found);
		return new ProductDetails(sku, title.strip(), description == null ? "" : description,
				new Money(price.amount().longValueExact(), Currency.getInstance(price.currency())),
				TaxClass.fromCode(taxClass).orElseThrow(), JSON.writeValueAsString(attributesObject), imageIds);
	}

	private ObjectNode attributesObject(List<FieldError> found) {
		if (attributes == null || attributes.isNull()) {
			return JsonNodeFactory.instance.objectNode();
		}
		if (!attributes.isObject()) {
			found.add(new FieldError("attributes", "must be a JSON object such as {\"colour\": \"red\", \"size\": \"M\"}"));
			return JsonNodeFactory.instance.objectNode();
		}
		ProductRules.attributesSize(JSON.writeValueAsString(attributes).getBytes(StandardCharsets.UTF_8).length, found);
		return (ObjectNode) attributes;
	}
}
