-- White-label host names: a request for a public page or search arriving at one of these hosts
-- belongs to its tenant. A host serves one tenant; a tenant may have several hosts.
CREATE TABLE tenancy.storefront_domains (
    domain     text        PRIMARY KEY CHECK (domain = lower(domain) AND length(domain) BETWEEN 1 AND 253),
    tenant_id  uuid        NOT NULL REFERENCES tenancy.tenants (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX storefront_domains_tenant ON tenancy.storefront_domains (tenant_id);

-- A tenant sees its own hosts; only the platform scope (which resolves hosts before any tenant is
-- known) sees all of them and maps or unmaps them.
ALTER TABLE tenancy.storefront_domains ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy.storefront_domains FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenancy.storefront_domains
    USING (tenant_id = platform.current_tenant() OR platform.is_platform())
    WITH CHECK (platform.is_platform());

GRANT SELECT, INSERT, DELETE ON tenancy.storefront_domains TO ${app_role};
