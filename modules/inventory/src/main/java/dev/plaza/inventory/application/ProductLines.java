package dev.plaza.inventory.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.plaza.inventory.StockLine;
import dev.plaza.platform.FieldError;
import dev.plaza.products.Product;
import dev.plaza.products.ProductId;
import dev.plaza.products.Products;
import org.springframework.stereotype.Component;

/** Finds the shop's products that stock requests name, by id or by SKU, through the catalog's published reads. */
@Component
class ProductLines {

	private final Products products;

	ProductLines(Products products) {
		this.products = products;
	}

	/**
	 * The product of each line, in line order. 422 naming every line whose product the shop does
	 * not have; 400 when two lines name one product (once by id, once by SKU).
	 */
	List<Product> resolve(List<StockLine> lines) {
		Map<ProductId, Product> byId = products.findAll(lines.stream().map(StockLine::product).filter(Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(Product::id, Function.identity()));
		Map<String, Product> bySku = products.findAllBySku(lines.stream().map(StockLine::sku).filter(Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(Product::sku, Function.identity()));
		List<Product> resolved = new ArrayList<>();
		List<FieldError> unknown = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			StockLine line = lines.get(i);
			Product product = line.product() != null ? byId.get(line.product()) : bySku.get(line.sku());
			if (product == null) {
				unknown.add(unknown("lines[" + i + "]", line.product(), line.sku()));
			}
			resolved.add(product);
		}
		StockRefusals.refuseIfAny(StockRefusals.UNKNOWN_REFERENCE, unknown);
		StockRefusals.refuseIfAny(eachProductOnce(resolved));
		return resolved;
	}

	/** The product named by id or by SKU (exactly one of them is given), or 422. */
	Product resolve(ProductId id, String sku) {
		return (id != null ? products.find(id) : products.findBySku(sku))
			.orElseThrow(() -> StockRefusals.problem(StockRefusals.UNKNOWN_REFERENCE, List.of(unknown("", id, sku))));
	}

	Optional<Product> find(ProductId id) {
		return products.find(id);
	}

	private static List<FieldError> eachProductOnce(List<Product> products) {
		Map<ProductId, Integer> firstLine = new HashMap<>();
		List<FieldError> found = new ArrayList<>();
		for (int i = 0; i < products.size(); i++) {
			Integer first = firstLine.putIfAbsent(products.get(i).id(), i);
			if (first != null) {
				found.add(new FieldError("lines[" + i + "]", "names product " + products.get(i).sku()
						+ " as lines[" + first + "] does; put its whole quantity on one line"));
			}
		}
		return found;
	}

	private static FieldError unknown(String prefix, ProductId id, String sku) {
		String field = prefix + (prefix.isEmpty() ? "" : ".") + (id != null ? "productId" : "sku");
		String named = id != null ? "id " + id : "SKU '" + sku + "'";
		return new FieldError(field,
				"names no product of this shop (" + named + "); create it in the catalog first, or fix the reference");
	}
}
