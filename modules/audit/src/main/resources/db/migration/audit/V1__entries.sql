-- The audit log: one hash chain per tenant (dev.plaza.audit.domain.CanonicalForm describes what each
-- hash covers). The application role may read and append, never change or delete: it has no UPDATE or
-- DELETE grant, so a rewrite of history takes the database owner, and the chain shows it.
CREATE TABLE audit.entries (
    tenant_id      uuid        NOT NULL,
    sequence       bigint      NOT NULL CHECK (sequence > 0),
    id             uuid        NOT NULL UNIQUE,
    at             timestamptz NOT NULL,
    actor_kind     text        NOT NULL CHECK (actor_kind IN ('user', 'client', 'anonymous')),
    actor_id       text,
    action         text        NOT NULL,
    method         text,
    path_template  text,
    resource_type  text,
    resource_id    text,
    status         integer,
    address        text,
    request_id     text,
    details        jsonb,
    previous_hash  bytea       NOT NULL CHECK (length(previous_hash) = 32),
    hash           bytea       NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (tenant_id, sequence)
);
CREATE INDEX entries_at ON audit.entries (tenant_id, at);
CREATE INDEX entries_resource ON audit.entries (tenant_id, resource_type, resource_id);

-- A tenant reads its own chain; the platform operator reads every chain. Each appends to its own only.
ALTER TABLE audit.entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit.entries FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_reads ON audit.entries FOR SELECT
    USING (tenant_id = platform.current_tenant() OR platform.is_platform());
CREATE POLICY tenant_appends ON audit.entries FOR INSERT
    WITH CHECK (tenant_id = platform.current_tenant());

GRANT USAGE ON SCHEMA audit TO ${app_role};
GRANT SELECT, INSERT ON audit.entries TO ${app_role};

-- The chain heads published so far, one per tenant and day: the key lets only one instance publish a
-- day's head, and the rows let anyone compare what was published with the chain as it is now.
CREATE TABLE audit.head_publications (
    tenant_id     uuid        NOT NULL,
    day           date        NOT NULL,
    entries       bigint      NOT NULL,
    head          bytea       NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, day)
);
ALTER TABLE audit.head_publications ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit.head_publications FORCE ROW LEVEL SECURITY;
-- The platform publishes every tenant's head in one statement.
CREATE POLICY tenant_isolation ON audit.head_publications
    USING (tenant_id = platform.current_tenant() OR platform.is_platform())
    WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform());
GRANT SELECT, INSERT ON audit.head_publications TO ${app_role};
