package dev.plaza.products.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.plaza.products.ProductSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Searches the tenant's products for the storefront. Words match the {@code products_text} index;
 * an attribute's values are its scalar value, or the scalar elements of the list it holds.
 */
@Repository
public class ProductShelfRepository {

	/** The most values shown per attribute, the most frequent first. */
	static final int VALUES_PER_ATTRIBUTE = 20;

	private static final String TEXT = "to_tsvector('simple', title || ' ' || description || ' ' || sku)";

	private static final String VALUES_OF = "jsonb_array_elements(CASE jsonb_typeof(%1$s) WHEN 'array' THEN %1$s "
			+ "ELSE jsonb_build_array(%1$s) END)";

	private final JdbcClient jdbc;

	ProductShelfRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the matching products, by relevance to the words or else by title. */
	public List<StoredProduct> page(ProductSearch search) {
		Filter filter = new Filter(search);
		String order = search.words().isEmpty() ? "lower(title), id"
				: "ts_rank(" + TEXT + ", websearch_to_tsquery('simple', :words)) DESC, lower(title), id";
		return filter.bind(jdbc.sql(ProductRepository.COLUMNS + " WHERE " + filter.all() + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset"))
			.param("limit", search.limit())
			.param("offset", search.offset())
			.query(ProductRepository::product)
			.list();
	}

	public long count(ProductSearch search) {
		Filter filter = new Filter(search);
		return filter.bind(jdbc.sql("SELECT count(*) FROM products.products WHERE " + filter.all()))
			.query(Long.class)
			.single();
	}

	/**
	 * Each attribute value of the products matching the words, counted among those also matching
	 * the choices for the other attributes.
	 */
	public List<ValueCount> values(ProductSearch search) {
		Filter filter = new Filter(search);
		String others = filter.allBut(-1);
		if (!filter.attributes.isEmpty()) {
			StringBuilder cases = new StringBuilder("CASE a.key");
			for (int i = 0; i < filter.attributes.size(); i++) {
				cases.append(" WHEN CAST(:attribute").append(i).append(" AS text) THEN ").append(filter.allBut(i));
			}
			others = cases.append(" ELSE ").append(others).append(" END").toString();
		}
		return filter.bind(jdbc.sql("""
				SELECT attribute, value, products FROM (
				  SELECT a.key AS attribute, e.value #>> '{}' AS value, count(DISTINCT p.id) AS products,
				         row_number() OVER (PARTITION BY a.key ORDER BY count(DISTINCT p.id) DESC, e.value #>> '{}') AS nth
				    FROM products.products p
				    CROSS JOIN LATERAL jsonb_each(p.attributes) a
				    CROSS JOIN LATERAL %s e
				   WHERE %s AND jsonb_typeof(e.value) IN ('string', 'number', 'boolean') AND %s
				   GROUP BY a.key, e.value #>> '{}') v
				 WHERE nth <= :perAttribute
				 ORDER BY attribute, products DESC, value""".formatted(VALUES_OF.formatted("a.value"), filter.words(),
				others)))
			.param("perAttribute", VALUES_PER_ATTRIBUTE)
			.query((rs, row) -> new ValueCount(rs.getString("attribute"), rs.getString("value"), rs.getLong("products")))
			.list();
	}

	/** Slugs by title, for the sitemap. */
	public List<String> slugs(int limit) {
		return jdbc.sql("SELECT slug FROM products.products ORDER BY lower(title), id LIMIT :limit")
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	public record ValueCount(String attribute, String value, long products) {
	}

	/** The search as SQL conditions on {@code products.products}, with their parameters. */
	private static final class Filter {

		private final ProductSearch search;

		private final List<String> attributes;

		Filter(ProductSearch search) {
			this.search = search;
			this.attributes = new ArrayList<>(search.chosen().keySet());
		}

		String words() {
			return search.words().isEmpty() ? "TRUE" : TEXT + " @@ websearch_to_tsquery('simple', :words)";
		}

		String all() {
			return words() + " AND " + allBut(-1);
		}

		/** The choices of every attribute but the one at {@code skipped}. */
		String allBut(int skipped) {
			List<String> conditions = new ArrayList<>();
			for (int i = 0; i < attributes.size(); i++) {
				if (i != skipped) {
					conditions.add("EXISTS (SELECT 1 FROM " + VALUES_OF.formatted("attributes -> CAST(:attribute" + i + " AS text)")
							+ " c WHERE c.value #>> '{}' = ANY(:values" + i + "))");
				}
			}
			return conditions.isEmpty() ? "TRUE" : "(" + String.join(" AND ", conditions) + ")";
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			if (!search.words().isEmpty()) {
				statement = statement.param("words", search.words());
			}
			for (int i = 0; i < attributes.size(); i++) {
				Set<String> values = search.chosen().get(attributes.get(i));
				statement = statement.param("attribute" + i, attributes.get(i))
					.param("values" + i, values.toArray(String[]::new));
			}
			return statement;
		}
	}
}
