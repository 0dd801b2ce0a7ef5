package dev.plaza.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AllocationTest {

	@Test
	void aLineOneLocationCoversComesWhollyFromTheLocationWithMostAvailable() {
		assertThat(Allocation.fromMostAvailable(3, available("bcn", 3, "madrid", 5))).contains(Map.of("madrid", 3));
	}

	@Test
	void aLineNoLocationCoversIsSplitLargestFirst() {
		Map<String, Integer> taken = Allocation.fromMostAvailable(9, available("a", 2, "b", 5, "c", 4)).orElseThrow();

		assertThat(taken).containsExactly(Map.entry("b", 5), Map.entry("c", 4));
	}

	@Test
	void tiesGoToTheLowerCodeAndEmptyOrOverReservedLocationsAreSkipped() {
		assertThat(Allocation.fromMostAvailable(2, available("b", 2, "a", 2, "c", 0, "d", -1))).contains(Map.of("a", 2));
	}

	@Test
	void moreThanAllLocationsHaveIsRefusedAndTheTotalToldWithoutNegatives() {
		Map<String, Long> available = available("a", 2, "b", 1, "c", -3);

		assertThat(Allocation.fromMostAvailable(4, available)).isEmpty();
		assertThat(Allocation.total(available)).isEqualTo(3);
		assertThat(Allocation.fromMostAvailable(1, Map.of())).isEmpty();
	}

	private static Map<String, Long> available(Object... codesAndUnits) {
		Map<String, Long> available = new LinkedHashMap<>();
		for (int i = 0; i < codesAndUnits.length; i += 2) {
			available.put((String) codesAndUnits[i], ((Integer) codesAndUnits[i + 1]).longValue());
		}
		return available;
	}
}
