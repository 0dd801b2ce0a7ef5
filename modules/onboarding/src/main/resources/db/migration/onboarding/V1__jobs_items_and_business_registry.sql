-- An upload of businesses to onboard. Status: running → completed (every item settled) | cancelled.
-- The job belongs to the uploader's tenant (the platform operator's scope for platform:admin).
CREATE TABLE onboarding.jobs (
    tenant_id    uuid        NOT NULL,
    id           uuid        PRIMARY KEY,
    status       text        NOT NULL CHECK (status IN ('running', 'completed', 'cancelled')),
    format       text        NOT NULL CHECK (format IN ('csv', 'ndjson')),
    total        integer     NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX jobs_by_tenant ON onboarding.jobs (tenant_id, id);

-- One row of a job: a business on its way through received → validated | invalid → verifying →
-- verified | rejected | failed → provisioned. A worker holds an item while claimed_until lies ahead
-- (claimed_by names the holder), so the claims of a process that died come back when they expire.
-- next_attempt_at defers an item (a KYB provider asked to be asked later).
CREATE TABLE onboarding.items (
    tenant_id          uuid        NOT NULL,
    id                 uuid        PRIMARY KEY,
    job_id             uuid        NOT NULL REFERENCES onboarding.jobs (id),
    row_number         integer     NOT NULL,
    legal_name         text,
    tax_id             text,
    country            text,
    contact_email      text,
    contact_name       text,
    iban               text,
    address            text,
    external_reference text,
    state              text        NOT NULL DEFAULT 'received'
                                   CHECK (state IN ('received', 'validated', 'invalid', 'verifying', 'verified',
                                                    'rejected', 'failed', 'provisioned')),
    reasons            jsonb       NOT NULL DEFAULT '[]',
    attempts           integer     NOT NULL DEFAULT 0,
    provider_reference text,
    organization_id    uuid,
    note               text,
    next_attempt_at    timestamptz NOT NULL DEFAULT now(),
    claimed_by         uuid,
    claimed_until      timestamptz,
    settled_at         timestamptz,
    UNIQUE (job_id, row_number)
);
CREATE INDEX items_workable ON onboarding.items (state, next_attempt_at)
    WHERE state IN ('received', 'validated', 'verifying', 'verified');
CREATE INDEX items_by_job_state ON onboarding.items (job_id, state, row_number);

-- Every business Plaza onboarded, once per country and tax id: the organization it became. It is
-- what makes provisioning happen once across re-uploads, retries and restarts.
CREATE TABLE onboarding.businesses (
    country         text        NOT NULL,
    tax_id          text        NOT NULL,
    organization_id uuid        NOT NULL,
    first_item_id   uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (country, tax_id)
);

-- Jobs and items are their uploader's; the platform scope (the operator, and the workers that
-- process every tenant's jobs) sees all. The registry is the platform's alone.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['jobs', 'items'] LOOP
        EXECUTE format('ALTER TABLE onboarding.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE onboarding.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON onboarding.%I '
                       'USING (tenant_id = platform.current_tenant() OR platform.is_platform()) '
                       'WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform())', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON onboarding.%I TO ${app_role}', t);
    END LOOP;
END $$;
ALTER TABLE onboarding.businesses ENABLE ROW LEVEL SECURITY;
ALTER TABLE onboarding.businesses FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_only ON onboarding.businesses USING (platform.is_platform()) WITH CHECK (platform.is_platform());
GRANT SELECT, INSERT ON onboarding.businesses TO ${app_role};
GRANT USAGE ON SCHEMA onboarding TO ${app_role};
