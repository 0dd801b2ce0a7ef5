-- Products get a slug, the readable name of their storefront page (/products/{slug}): derived from the
-- title when a product is added, unique in the tenant's catalog, and kept when the title changes so that
-- links and search engines' entries keep working. Existing products get one from their title here; the
-- ones whose titles give the same slug are told apart by the start of their id.
ALTER TABLE products.products ADD COLUMN slug text;

-- The backfill crosses tenants: row-level security is lifted for the owner running this script, and
-- forced again below.
ALTER TABLE products.products NO FORCE ROW LEVEL SECURITY;

UPDATE products.products p
   SET slug = s.slug || CASE WHEN s.nth > 1 THEN '-' || left(replace(p.id::text, '-', ''), 12) ELSE '' END
  FROM (SELECT tenant_id, id, base AS slug, row_number() OVER (PARTITION BY tenant_id, base ORDER BY id) AS nth
          FROM (SELECT tenant_id, id,
                       coalesce(nullif(left(trim(BOTH '-' FROM regexp_replace(
                           translate(lower(title), 'áàâäãåéèêëíìîïóòôöõúùûüñçý', 'aaaaaaeeeeiiiiooooouuuuncy'),
                           '[^a-z0-9]+', '-', 'g')), 80), ''), 'product') AS base
                  FROM products.products) b) s
 WHERE p.tenant_id = s.tenant_id AND p.id = s.id;

ALTER TABLE products.products FORCE ROW LEVEL SECURITY;
ALTER TABLE products.products ALTER COLUMN slug SET NOT NULL;
ALTER TABLE products.products ADD CONSTRAINT products_slug_taken UNIQUE (tenant_id, slug);

-- The storefront's product search: words of the title, description and SKU, without stemming (the
-- catalog's language is the tenant's, not the server's).
CREATE INDEX products_text ON products.products
    USING gin (to_tsvector('simple', title || ' ' || description || ' ' || sku));
