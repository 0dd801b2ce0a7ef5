-- An application as the applicant made it: on a lender's storefront (tenant = that lender) or on
-- the marketplace (tenant = the marketplace's caller). applicant holds the personal data (name,
-- nationalId, dateOfBirth, email, income, employment, address). reasons say why the application was
-- declined when no lender's copy could be (no lender's product fits it).
CREATE TABLE lending.applications (
    tenant_id        uuid        NOT NULL,
    id               uuid        PRIMARY KEY,
    channel          text        NOT NULL CHECK (channel IN ('storefront', 'marketplace')),
    country          text        NOT NULL,
    currency         text        NOT NULL,
    amount           bigint      NOT NULL CHECK (amount > 0),
    term_months      integer     NOT NULL CHECK (term_months > 0),
    purpose          text        NOT NULL,
    applicant        jsonb       NOT NULL,
    consent_to_share boolean     NOT NULL,
    status           text        NOT NULL DEFAULT 'submitted'
                                 CHECK (status IN ('submitted', 'offered', 'declined', 'accepted', 'withdrawn')),
    reasons          jsonb       NOT NULL DEFAULT '[]',
    accepted_offer_id uuid,
    loan_id          uuid,
    submitted_at     timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX applications_by_tenant ON lending.applications (tenant_id, id);

-- One lender's copy of an application, in that lender's tenant: exactly one per lender and
-- application. Decision: received → approved | declined | manual_review (→ approved | declined);
-- then withdrawn (the applicant chose another offer) or accepted. A decision worker holds a copy
-- while claimed_until lies ahead; next_attempt_at defers one (the bureau did not answer).
CREATE TABLE lending.lender_applications (
    tenant_id       uuid        NOT NULL,
    id              uuid        PRIMARY KEY,
    application_id  uuid        NOT NULL REFERENCES lending.applications (id),
    product_id      uuid        NOT NULL REFERENCES lending.products (id),
    country         text        NOT NULL,
    currency        text        NOT NULL,
    amount          bigint      NOT NULL,
    term_months     integer     NOT NULL,
    purpose         text        NOT NULL,
    applicant       jsonb,
    status          text        NOT NULL DEFAULT 'received'
                                CHECK (status IN ('received', 'approved', 'declined', 'manual_review', 'withdrawn',
                                                  'accepted')),
    reasons         jsonb       NOT NULL DEFAULT '[]',
    credit_report   jsonb,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    claimed_until   timestamptz,
    received_at     timestamptz NOT NULL DEFAULT now(),
    decided_at      timestamptz,
    decided_by      text,
    UNIQUE (application_id, tenant_id)
);
CREATE INDEX lender_applications_undecided ON lending.lender_applications (next_attempt_at)
    WHERE status = 'received';
CREATE INDEX lender_applications_by_status ON lending.lender_applications (tenant_id, status, received_at);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['applications', 'lender_applications'] LOOP
        EXECUTE format('ALTER TABLE lending.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE lending.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON lending.%I '
                       'USING (tenant_id = platform.current_tenant() OR platform.is_platform()) '
                       'WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform())', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON lending.%I TO ${app_role}', t);
    END LOOP;
END $$;
