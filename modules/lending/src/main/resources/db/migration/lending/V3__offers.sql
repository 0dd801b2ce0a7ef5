-- A lender's offer for its copy of an application: open → accepted | withdrawn. schedule is the
-- full schedule as offered (dueDate, principal, interest, fees, total per installment).
CREATE TABLE lending.offers (
    tenant_id                uuid        NOT NULL,
    id                       uuid        PRIMARY KEY,
    application_id           uuid        NOT NULL REFERENCES lending.applications (id),
    lender_application_id    uuid        NOT NULL UNIQUE REFERENCES lending.lender_applications (id),
    product_id               uuid        NOT NULL REFERENCES lending.products (id),
    currency                 text        NOT NULL,
    amount                   bigint      NOT NULL CHECK (amount > 0),
    term_months              integer     NOT NULL CHECK (term_months > 0),
    installment              bigint      NOT NULL,
    total_cost               bigint      NOT NULL,
    origination_fee          bigint      NOT NULL DEFAULT 0,
    annual_rate_basis_points integer     NOT NULL,
    apr_basis_points         integer     NOT NULL,
    schedule                 jsonb       NOT NULL,
    status                   text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'withdrawn')),
    created_at               timestamptz NOT NULL DEFAULT now(),
    settled_at               timestamptz
);
CREATE INDEX offers_by_application ON lending.offers (application_id);

ALTER TABLE lending.offers ENABLE ROW LEVEL SECURITY;
ALTER TABLE lending.offers FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lending.offers
    USING (tenant_id = platform.current_tenant() OR platform.is_platform())
    WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform());
GRANT SELECT, INSERT, UPDATE ON lending.offers TO ${app_role};
