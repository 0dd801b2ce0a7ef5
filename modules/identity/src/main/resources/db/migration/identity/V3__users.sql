-- People of an organization's staff. A person belongs to the organization and acts in those of its
-- tenants (environments) they were given; a deleted person keeps their row (sessions and the audit
-- name it) but frees their e-mail.
CREATE TABLE identity.staff_members (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    email           text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    roles           text[]      NOT NULL CHECK (cardinality(roles) > 0),
    environments    text[]      NOT NULL CHECK (cardinality(environments) > 0),
    status          text        NOT NULL CHECK (status IN ('invited', 'active', 'suspended', 'deleted')),
    password_hash   text,
    failed_logins   integer     NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    totp_secret     text,
    totp_enrolled   boolean     NOT NULL DEFAULT false,
    -- The RFC 6238 time step of the last code accepted: a code is accepted once.
    totp_last_step  bigint,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_members_email ON identity.staff_members (lower(email)) WHERE status <> 'deleted';
CREATE INDEX staff_members_organization ON identity.staff_members (organization_id, id);

-- One-time links sent by e-mail; only a hash of the token is kept.
CREATE TABLE identity.staff_tokens (
    token_hash bytea       PRIMARY KEY,
    member_id  uuid        NOT NULL REFERENCES identity.staff_members (id),
    purpose    text        NOT NULL CHECK (purpose IN ('invitation', 'password-reset', 'second-factor')),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_tokens_member ON identity.staff_tokens (member_id, purpose);

-- What an organization asks of its people at login.
CREATE TABLE identity.organization_security (
    organization_id            uuid   PRIMARY KEY,
    second_factor_required_for text[] NOT NULL DEFAULT '{}'
);

-- The organization of the transaction's tenant. PL/pgSQL resolves tenancy's table when called, not
-- here: tenancy's migrations may run after identity's. Row-level security on tenancy.tenants shows
-- the tenant its own row.
CREATE FUNCTION identity.current_organization() RETURNS uuid
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    AS $$ BEGIN RETURN (SELECT t.organization_id FROM tenancy.tenants t WHERE t.id = platform.current_tenant()); END $$;

-- People are the organization's: any of its tenants sees and changes them. The platform scope sees
-- all, which is also the scope of login and of the e-mailed links, which come before any tenant.
ALTER TABLE identity.staff_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.staff_members FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON identity.staff_members
    USING (platform.is_platform() OR organization_id = (SELECT identity.current_organization()));

ALTER TABLE identity.organization_security ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.organization_security FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON identity.organization_security
    USING (platform.is_platform() OR organization_id = (SELECT identity.current_organization()));

ALTER TABLE identity.staff_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.staff_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON identity.staff_tokens
    USING (platform.is_platform() OR EXISTS (SELECT 1 FROM identity.staff_members m WHERE m.id = member_id));

GRANT SELECT, INSERT, UPDATE ON identity.staff_members, identity.staff_tokens, identity.organization_security TO ${app_role};
