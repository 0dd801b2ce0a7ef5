package dev.plaza.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.plaza.inventory.StockLine;
import dev.plaza.platform.FieldError;
import dev.plaza.products.ProductId;
import org.junit.jupiter.api.Test;

class StockRulesTest {

	static final Duration MAX_TTL = Duration.ofHours(2);

	static final ProductId PRODUCT = new ProductId(UUID.randomUUID());

	@Test
	void aWellFormedRequestBreaksNoRule() {
		assertThat(fields("cart-1", List.of(StockLine.of(PRODUCT, 1), StockLine.ofSku("MUG-1", 1_000_000)), Duration.ofMinutes(15)))
			.isEmpty();
	}

	@Test
	void eachLineNamesItsProductOnceAndAsksForOneToAMillionUnits() {
		List<StockLine> lines = List.of(StockLine.of(PRODUCT, 0), new StockLine(PRODUCT, "X", null, 1),
				new StockLine(null, null, null, 1), StockLine.of(PRODUCT, 1_000_001), StockLine.ofSku(" ", 1));

		assertThat(fields("cart-1", lines, Duration.ofMinutes(1))).containsExactly("lines[0].quantity", "lines[1]", "lines[2]",
				"lines[3]", "lines[3].quantity", "lines[4].sku");
	}

	@Test
	void theTtlLiesBetweenOneSecondAndTheMaximum() {
		assertThat(fields("c", List.of(StockLine.of(PRODUCT, 1)), Duration.ofMillis(999))).containsExactly("ttlSeconds");
		assertThat(fields("c", List.of(StockLine.of(PRODUCT, 1)), MAX_TTL)).isEmpty();
		assertThat(fields("c", List.of(StockLine.of(PRODUCT, 1)), MAX_TTL.plusSeconds(1))).containsExactly("ttlSeconds");
	}

	@Test
	void aCustomerIsNamedAndLinesAreGivenButNotTooMany() {
		assertThat(fields(null, List.of(), Duration.ofMinutes(1))).containsExactly("customer", "lines");
		assertThat(fields("c".repeat(201), List.of(StockLine.of(PRODUCT, 1)), Duration.ofMinutes(1))).containsExactly("customer");
		List<StockLine> many = IntStream.range(0, 4)
			.mapToObj(i -> StockLine.ofSku("SKU-" + i, 1))
			.toList();
		assertThat(StockRules.reservation("c", many, Duration.ofMinutes(1), MAX_TTL, 3)).extracting(FieldError::field)
			.containsExactly("lines");
	}

	@Test
	void eachAdjustmentReasonMovesStockItsOwnWay() {
		assertThat(adjustment("received", 5)).isEmpty();
		assertThat(adjustment("received", -5)).containsExactly("delta");
		assertThat(adjustment("returned", 1)).isEmpty();
		assertThat(adjustment("damaged", -1)).isEmpty();
		assertThat(adjustment("damaged", 1)).containsExactly("delta");
		assertThat(adjustment("counted", -7)).isEmpty();
		assertThat(adjustment("correction", 7)).isEmpty();
		assertThat(adjustment("correction", 0)).containsExactly("delta");
		assertThat(adjustment("sold", -1)).as("only recorded by Plaza").containsExactly("reason");
		assertThat(adjustment("received", Long.MIN_VALUE)).containsExactly("delta");
		assertThat(StockRules.adjustment("received", 1L, "n".repeat(501))).extracting(FieldError::field).containsExactly("note");
	}

	@Test
	void stockCannotGoBelowZeroNorBelowWhatIsReserved() {
		OnHand onHand = new OnHand(5, 3);

		assertThat(onHand.available()).isEqualTo(2);
		assertThat(onHand.wouldGoBelowReserved(-2)).isFalse();
		assertThat(onHand.wouldGoBelowReserved(-3)).isTrue();
		assertThat(onHand.wouldGoBelowZero(-5)).isFalse();
		assertThat(onHand.wouldGoBelowZero(-6)).isTrue();
	}

	private static List<String> fields(String customer, List<StockLine> lines, Duration ttl) {
		return StockRules.reservation(customer, lines, ttl, MAX_TTL, 100).stream().map(FieldError::field).toList();
	}

	private static List<String> adjustment(String reason, long delta) {
		return StockRules.adjustment(reason, delta, null).stream().map(FieldError::field).toList();
	}
}
