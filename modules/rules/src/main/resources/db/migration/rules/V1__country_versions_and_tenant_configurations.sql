-- Every change to configuration takes the next revision: instances follow each other's changes by
-- polling for revisions they have not applied yet (see rules.changes_since).
CREATE SEQUENCE rules.revisions;

-- One row per version of a country's document, never updated: rolling back is posting an older
-- document as a new version. The version in force at an instant is the one with the latest
-- effective_from at or before it (ties: the higher version).
CREATE TABLE rules.country_versions (
    id             uuid        PRIMARY KEY,
    country        text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    version        integer     NOT NULL CHECK (version > 0),
    effective_from timestamptz NOT NULL,
    document       jsonb       NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    revision       bigint      NOT NULL DEFAULT nextval('rules.revisions'),
    UNIQUE (country, version)
);
CREATE INDEX country_versions_created_at ON rules.country_versions (created_at);

-- Country documents are the platform's: every caller reads them, only the platform scope writes.
ALTER TABLE rules.country_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE rules.country_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_writes ON rules.country_versions
    USING (true)
    WITH CHECK (platform.is_platform());

-- The country a tenant follows and its own overrides, which may only tighten the country's bounds.
CREATE TABLE rules.tenant_configurations (
    tenant_id  uuid        PRIMARY KEY,
    country    text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    overrides  jsonb       NOT NULL DEFAULT '{}',
    updated_by text        NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    revision   bigint      NOT NULL DEFAULT nextval('rules.revisions')
);
CREATE INDEX tenant_configurations_updated_at ON rules.tenant_configurations (updated_at);

ALTER TABLE rules.tenant_configurations ENABLE ROW LEVEL SECURITY;
ALTER TABLE rules.tenant_configurations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON rules.tenant_configurations
    USING (tenant_id = platform.current_tenant())
    WITH CHECK (tenant_id = platform.current_tenant());

GRANT USAGE ON SCHEMA rules TO ${app_role};
GRANT USAGE ON SEQUENCE rules.revisions TO ${app_role};
GRANT SELECT, INSERT ON rules.country_versions TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON rules.tenant_configurations TO ${app_role};

-- What changed lately, across tenants, which the application role cannot see: the revision and,
-- for a tenant's overrides, whose. Only ids leave the function, never a tenant's configuration.
-- Looking back a window rather than after the last revision seen keeps a change whose transaction
-- committed after a later one from being missed.
CREATE FUNCTION rules.changes_since(since timestamptz)
    RETURNS TABLE (revision bigint, country text, tenant_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = rules, pg_temp AS $$
    SELECT revision, country, NULL::uuid FROM rules.country_versions WHERE created_at >= since
    UNION ALL
    SELECT revision, country, tenant_id FROM rules.tenant_configurations WHERE updated_at >= since
$$;
REVOKE EXECUTE ON FUNCTION rules.changes_since(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rules.changes_since(timestamptz) TO ${app_role};
