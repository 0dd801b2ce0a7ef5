package dev.plaza.inventory.web;

import java.util.List;
import java.util.UUID;

import dev.plaza.inventory.StockLevels.StockLevel;
import dev.plaza.inventory.application.StockKeeping;
import dev.plaza.platform.Problem;
import dev.plaza.products.ProductId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stock")
@PreAuthorize("hasAnyAuthority('SCOPE_catalog:write', 'SCOPE_reservations:write', 'SCOPE_tenant:read')")
class StockLevelController {

	private final StockKeeping keeping;

	StockLevelController(StockKeeping keeping) {
		this.keeping = keeping;
	}

	/** On hand, reserved and available per location and in total, as of now. 404 for a product the shop does not have. */
	@GetMapping("/{productId}")
	StockLevelView get(@PathVariable UUID productId) {
		ProductId product = new ProductId(productId);
		return StockLevelView.of(keeping.of(product).orElseThrow(() -> Problem.notFound("product", product)));
	}

	record StockLevelView(UUID productId, String sku, long onHand, long reserved, long available,
			List<AtLocationView> locations) {

		static StockLevelView of(StockLevel level) {
			return new StockLevelView(level.product().value(), level.sku(), level.onHand(), level.reserved(), level.available(),
					level.locations()
						.stream()
						.map(at -> new AtLocationView(at.location().value(), at.onHand(), at.reserved(), at.available()))
						.toList());
		}
	}

	record AtLocationView(String location, long onHand, long reserved, long available) {
	}
}
