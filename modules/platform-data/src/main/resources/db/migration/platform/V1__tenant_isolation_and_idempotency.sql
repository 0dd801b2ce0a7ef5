-- Row-level security reads the tenant of the current transaction from the setting
-- plaza.tenant_id, set with transaction scope by the application for each transaction.
-- Unset (or empty) means no tenant: tenant-owned tables then show no rows.
CREATE FUNCTION platform.current_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('plaza.tenant_id', true), '')::uuid $$;

-- The platform operator's own scope (the nil UUID) may manage the registries of
-- organizations, tenants and clients; business data never grants it anything.
CREATE FUNCTION platform.is_platform() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(platform.current_tenant() = '00000000-0000-0000-0000-000000000000'::uuid, false) $$;

GRANT USAGE ON SCHEMA platform TO ${app_role};

CREATE TABLE platform.idempotency_records (
    tenant_id             uuid        NOT NULL,
    idempotency_key       text        NOT NULL,
    fingerprint           bytea       NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    locked_until          timestamptz,
    completed_at          timestamptz,
    response_status       integer,
    response_content_type text,
    response_location     text,
    response_body         bytea,
    PRIMARY KEY (tenant_id, idempotency_key)
);
CREATE INDEX idempotency_records_created_at ON platform.idempotency_records (created_at);

ALTER TABLE platform.idempotency_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform.idempotency_records FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON platform.idempotency_records
    USING (tenant_id = platform.current_tenant())
    WITH CHECK (tenant_id = platform.current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON platform.idempotency_records TO ${app_role};

-- Retention crosses tenants, which the application role cannot do; this function, running with
-- the owner's rights, does exactly that one thing.
CREATE FUNCTION platform.purge_idempotency_records(older_than timestamptz) RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path = platform, pg_temp
    AS $$ WITH purged AS (DELETE FROM platform.idempotency_records WHERE created_at < older_than RETURNING 1)
          SELECT count(*) FROM purged $$;
REVOKE EXECUTE ON FUNCTION platform.purge_idempotency_records(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION platform.purge_idempotency_records(timestamptz) TO ${app_role};
