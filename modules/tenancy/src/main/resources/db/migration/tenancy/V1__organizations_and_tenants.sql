CREATE TABLE tenancy.organizations (
    id         uuid        PRIMARY KEY,
    slug       text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$'),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenancy.tenants (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES tenancy.organizations (id),
    environment     text        NOT NULL CHECK (environment IN ('demo', 'staging', 'production')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, environment)
);

-- A tenant sees its own row and its organization; only the platform scope sees and writes all.
ALTER TABLE tenancy.tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy.tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenancy.tenants
    USING (id = platform.current_tenant() OR platform.is_platform())
    WITH CHECK (platform.is_platform());

ALTER TABLE tenancy.organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy.organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenancy.organizations
    USING (platform.is_platform() OR EXISTS (
        SELECT 1 FROM tenancy.tenants t WHERE t.organization_id = organizations.id AND t.id = platform.current_tenant()))
    WITH CHECK (platform.is_platform());

GRANT USAGE ON SCHEMA tenancy TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON tenancy.organizations, tenancy.tenants TO ${app_role};
