package dev.plaza.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.Problem;
import dev.plaza.products.ProductId;

/**
 * Not every line could be had, so nothing was reserved (or committed). Answered over HTTP as a 409
 * {@code insufficient-stock} whose {@code lines} list each short line.
 */
public class InsufficientStock extends Problem {

	private final List<Shortage> shortages;

	public InsufficientStock(String detail, List<Shortage> shortages) {
		super(StockProblems.INSUFFICIENT_STOCK, detail, Map.of("lines", shortages.stream().map(Shortage::asMap).toList()));
		this.shortages = List.copyOf(shortages);
	}

	public List<Shortage> shortages() {
		return shortages;
	}

	/**
	 * A line of the request that could not be had.
	 *
	 * @param line the line's position in the request, from 0
	 * @param location the location the line asked for, or null for anywhere
	 * @param available how many units of the product were available there (anywhere, when null)
	 */
	public record Shortage(int line, ProductId product, String sku, LocationCode location, int requested, long available) {

		Map<String, Object> asMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("line", line);
			map.put("productId", product.value());
			map.put("sku", sku);
			map.put("location", location == null ? null : location.value());
			map.put("requested", requested);
			map.put("available", available);
			return map;
		}
	}
}
