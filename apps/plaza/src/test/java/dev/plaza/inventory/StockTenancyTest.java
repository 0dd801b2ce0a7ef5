package dev.plaza.inventory;

import static dev.plaza.inventory.StockCalls.id;
import static dev.plaza.inventory.StockCalls.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One shop's stock, locations and reservations are invisible to every other tenant, and out of its reach. */
@PlazaTest
class StockTenancyTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void anotherShopSeesAndTouchesNothingOfThisOne() {
		StockCalls shop = StockCalls.newShop(plaza);
		shop.location("madrid");
		UUID tshirt = shop.products.product("TSHIRT-M");
		shop.receive(tshirt, "madrid", 5);
		UUID reservation = id(shop.reserve("cart-1", line(tshirt, 2)));
		StockCalls other = StockCalls.newShop(plaza);
		other.location("madrid");

		assertThat(other.level(tshirt).status()).isEqualTo(404);
		assertThat(other.reservation(reservation).status()).isEqualTo(404);
		assertThat(other.release(reservation).status()).isEqualTo(404);
		assertThat(other.commit(reservation).status()).isEqualTo(404);
		assertThat(other.adjust(tshirt, "madrid", -5, "damaged").status()).isEqualTo(422);
		assertThat(other.reserve("cart-2", line(tshirt, 1)).status()).isEqualTo(422);
		assertThat(other.adjustments("?product=" + tshirt).json().get("items")).isEmpty();
		assertThat(plaza.get("/api/v1/stock/locations", other.token).json()).hasSize(1);

		UUID otherTshirt = other.products.product("TSHIRT-M");
		other.receive(otherTshirt, "madrid", 1);
		assertThat(shop.totals(tshirt)).containsExactly(5, 2, 3);
		assertThat(other.totals(otherTshirt)).containsExactly(1, 0, 1);
		assertThat(shop.reservation(reservation).json().get("status").asString()).isEqualTo("active");
	}
}
