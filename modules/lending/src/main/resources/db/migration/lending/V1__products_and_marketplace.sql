-- A lender's loan product. Amounts in minor units of currency; rates in basis points (1200 = 12 %).
-- country is the lender's at creation: its lending limits and rate caps bound the product.
CREATE TABLE lending.products (
    tenant_id                 uuid        NOT NULL,
    id                        uuid        PRIMARY KEY,
    code                      text        NOT NULL,
    name                      text        NOT NULL,
    country                   text        NOT NULL,
    currency                  text        NOT NULL,
    min_amount                bigint      NOT NULL CHECK (min_amount > 0),
    max_amount                bigint      NOT NULL CHECK (max_amount >= min_amount),
    terms_months              integer[]   NOT NULL,
    annual_rate_basis_points  integer     NOT NULL CHECK (annual_rate_basis_points >= 0),
    amortization              text        NOT NULL CHECK (amortization IN ('declining_balance', 'equal_principal', 'flat')),
    day_count                 text        NOT NULL CHECK (day_count IN ('30/360', 'actual/365')),
    repayment_frequency       text        NOT NULL CHECK (repayment_frequency IN ('monthly', 'biweekly', 'weekly')),
    grace_months              integer     NOT NULL DEFAULT 0 CHECK (grace_months >= 0),
    origination_fee_basis_points integer  NOT NULL DEFAULT 0 CHECK (origination_fee_basis_points >= 0),
    late_fee                  bigint      NOT NULL DEFAULT 0 CHECK (late_fee >= 0),
    eligibility_rule_set      text,
    created_at                timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, code)
);

-- Lenders in the marketplace, and the countries whose applicants they take. Delivery reads it in
-- the platform scope; a lender sees and changes its own row.
CREATE TABLE lending.marketplace_lenders (
    tenant_id     uuid        PRIMARY KEY,
    participating boolean     NOT NULL,
    countries     text[]      NOT NULL DEFAULT '{}',
    updated_at    timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['products', 'marketplace_lenders'] LOOP
        EXECUTE format('ALTER TABLE lending.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE lending.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON lending.%I '
                       'USING (tenant_id = platform.current_tenant() OR platform.is_platform()) '
                       'WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform())', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON lending.%I TO ${app_role}', t);
    END LOOP;
END $$;
GRANT USAGE ON SCHEMA lending TO ${app_role};
