package dev.plaza.products.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.Money;
import dev.plaza.products.TaxClass;
import dev.plaza.products.application.ProductDetails;
import dev.plaza.products.domain.ProductSlug;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's products; row-level security confines every statement to the current tenant. */
@Repository
public class ProductRepository {

	static final String COLUMNS = """
			SELECT id, sku, slug, title, description, price_amount, price_currency, tax_class, attributes::text AS attributes,
			image_ids FROM products.products""";

	private final JdbcClient jdbc;

	ProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new product; false when its SKU is taken. Its slug comes from its title, told apart by
	 * the end of its id when another product has that slug already.
	 */
	public boolean add(StoredProduct product) {
		String slug = ProductSlug.of(product.details().title());
		String distinct = ProductSlug.distinct(slug, product.id());
		if (insert(product, slug, distinct) == 1) {
			return true;
		}
		// A product added at the same moment may have taken the slug rather than the SKU.
		return findBySku(product.details().sku()).isEmpty() && insert(product, distinct, distinct) == 1;
	}

	private int insert(StoredProduct product, String slug, String distinct) {
		return withDetails(jdbc.sql("""
				INSERT INTO products.products (tenant_id, id, sku, slug, title, description, price_amount, price_currency,
				  tax_class, attributes, image_ids)
				VALUES (platform.current_tenant(), :id, :sku,
				  CASE WHEN EXISTS (SELECT 1 FROM products.products WHERE slug = :slug) THEN :distinct ELSE :slug END,
				  :title, :description, :amount, :currency, :taxClass, CAST(:attributes AS jsonb), :images)
				ON CONFLICT DO NOTHING"""), product)
			.param("slug", slug)
			.param("distinct", distinct)
			.update();
	}

	/**
	 * Replaces the product's details; false when there is no such product.
	 *
	 * @throws DuplicateKeyException when another product has its new SKU
	 */
	public boolean replace(StoredProduct product) {
		return withDetails(jdbc.sql("""
				UPDATE products.products SET sku = :sku, title = :title, description = :description, price_amount = :amount,
				  price_currency = :currency, tax_class = :taxClass, attributes = CAST(:attributes AS jsonb),
				  image_ids = :images, updated_at = now()
				WHERE id = :id"""), product)
			.update() == 1;
	}

	public Optional<StoredProduct> find(UUID id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(ProductRepository::product).optional();
	}

	public Optional<StoredProduct> findBySlug(String slug) {
		return jdbc.sql(COLUMNS + " WHERE slug = :slug").param("slug", slug).query(ProductRepository::product).optional();
	}

	public Optional<StoredProduct> findBySku(String sku) {
		return jdbc.sql(COLUMNS + " WHERE sku = :sku").param("sku", sku).query(ProductRepository::product).optional();
	}

	public List<StoredProduct> findAll(Collection<UUID> ids) {
		return jdbc.sql(COLUMNS + " WHERE id = ANY(:ids)").param("ids", ids.toArray(UUID[]::new)).query(ProductRepository::product)
			.list();
	}

	public List<StoredProduct> findAllBySku(Collection<String> skus) {
		return jdbc.sql(COLUMNS + " WHERE sku = ANY(:skus)")
			.param("skus", skus.toArray(String[]::new))
			.query(ProductRepository::product)
			.list();
	}

	/** Up to {@code limit} products in id order (the order they were created in), after the given id. */
	public List<StoredProduct> after(UUID after, int limit) {
		return jdbc.sql(COLUMNS + " WHERE id > :after ORDER BY id LIMIT :limit")
			.param("after", after)
			.param("limit", limit)
			.query(ProductRepository::product)
			.list();
	}

	private static JdbcClient.StatementSpec withDetails(JdbcClient.StatementSpec statement, StoredProduct product) {
		ProductDetails details = product.details();
		return statement.param("id", product.id())
			.param("sku", details.sku())
			.param("title", details.title())
			.param("description", details.description())
			.param("amount", details.price().amount())
			.param("currency", details.price().currency().getCurrencyCode())
			.param("taxClass", details.taxClass().code())
			.param("attributes", details.attributes())
			.param("images", details.images().toArray(UUID[]::new));
	}

	static StoredProduct product(ResultSet rs, int row) throws SQLException {
		return new StoredProduct(rs.getObject("id", UUID.class), new ProductDetails(rs.getString("sku"), rs.getString("title"),
				rs.getString("description"),
				new Money(rs.getLong("price_amount"), Currency.getInstance(rs.getString("price_currency"))),
				TaxClass.fromCode(rs.getString("tax_class")).orElseThrow(), rs.getString("attributes"),
				Arrays.asList((UUID[]) rs.getArray("image_ids").getArray())), rs.getString("slug"));
	}
}
