CREATE TABLE identity.api_clients (
    id          uuid        PRIMARY KEY,
    tenant_id   uuid        NOT NULL,
    client_id   text        NOT NULL UNIQUE,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    secret_hash text        NOT NULL,
    scopes      text[]      NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_clients_tenant ON identity.api_clients (tenant_id, created_at);

-- A tenant sees its own clients. The platform scope manages them all, and is also the scope in
-- which the token endpoint looks a client up: authentication comes before knowing the tenant.
ALTER TABLE identity.api_clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.api_clients FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON identity.api_clients
    USING (tenant_id = platform.current_tenant() OR platform.is_platform())
    WITH CHECK (platform.is_platform());

-- Token signing keys belong to the platform, not to any tenant.
CREATE TABLE identity.signing_keys (
    kid        text        PRIMARY KEY,
    jwk        text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

GRANT USAGE ON SCHEMA identity TO ${app_role};
GRANT SELECT, INSERT ON identity.api_clients TO ${app_role};
GRANT SELECT, INSERT ON identity.signing_keys TO ${app_role};
