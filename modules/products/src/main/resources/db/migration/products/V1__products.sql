-- The shop's products. The SKU is how warehouses, imports and carts name a product, so it is
-- unique per tenant; the constraint holds for racing writers too. Images are ids of media.images
-- (never deleted), checked by the application when the product is written.
CREATE TABLE products.products (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    sku            text        NOT NULL,
    title          text        NOT NULL,
    description    text        NOT NULL,
    price_amount   bigint      NOT NULL CHECK (price_amount >= 0),
    price_currency char(3)     NOT NULL,
    tax_class      text        NOT NULL CHECK (tax_class IN ('standard', 'reduced', 'super-reduced', 'zero')),
    attributes     jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
    image_ids      uuid[]      NOT NULL DEFAULT '{}',
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT products_sku_taken UNIQUE (tenant_id, sku)
);

ALTER TABLE products.products ENABLE ROW LEVEL SECURITY;
ALTER TABLE products.products FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON products.products USING (tenant_id = platform.current_tenant())
    WITH CHECK (tenant_id = platform.current_tenant());
GRANT USAGE ON SCHEMA products TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON products.products TO ${app_role};
