-- Public clients (browser and native apps of people) have no secret: they prove possession of the
-- authorization code with PKCE instead, and send people back only to the exact URIs registered.
ALTER TABLE identity.api_clients
    ADD COLUMN type                      text    NOT NULL DEFAULT 'confidential' CHECK (type IN ('confidential', 'public')),
    ADD COLUMN redirect_uris             text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN post_logout_redirect_uris text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN consent                   boolean NOT NULL DEFAULT false,
    ALTER COLUMN secret_hash DROP NOT NULL,
    ADD CHECK ((type = 'public') = (secret_hash IS NULL));

-- A tenant's owners and admins register their tenant's clients themselves.
DROP POLICY tenant_isolation ON identity.api_clients;
CREATE POLICY tenant_isolation ON identity.api_clients
    USING (tenant_id = platform.current_tenant() OR platform.is_platform())
    WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform());

-- What a person authorized a client to do: the authorization code, the refresh token of the
-- session and its latest access and ID tokens (Spring Authorization Server's columns). It belongs
-- to the platform: a person logs in before any tenant is known.
CREATE TABLE identity.oauth2_authorization (
    id                            varchar(100) PRIMARY KEY,
    registered_client_id          varchar(100) NOT NULL,
    principal_name                varchar(200) NOT NULL,
    authorization_grant_type      varchar(100) NOT NULL,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);
CREATE INDEX oauth2_authorization_principal ON identity.oauth2_authorization (principal_name);
CREATE INDEX oauth2_authorization_state ON identity.oauth2_authorization (state);
CREATE INDEX oauth2_authorization_code ON identity.oauth2_authorization (authorization_code_value);
CREATE INDEX oauth2_authorization_access_token ON identity.oauth2_authorization (access_token_value);
CREATE INDEX oauth2_authorization_id_token ON identity.oauth2_authorization (oidc_id_token_value);
CREATE INDEX oauth2_authorization_refresh_token ON identity.oauth2_authorization (refresh_token_value);

-- Refresh tokens already exchanged, by SHA-256: presenting one again means it was stolen, and ends
-- the whole authorization it belonged to.
CREATE TABLE identity.spent_refresh_tokens (
    token_hash       bytea        PRIMARY KEY,
    authorization_id varchar(100) NOT NULL,
    expires_at       timestamptz  NOT NULL
);
CREATE INDEX spent_refresh_tokens_expiry ON identity.spent_refresh_tokens (expires_at);

-- Which scopes a person let a third-party client use.
CREATE TABLE identity.oauth2_authorization_consent (
    registered_client_id varchar(100)  NOT NULL,
    principal_name       varchar(200)  NOT NULL,
    authorities          varchar(1000) NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);

-- Browser sessions of the login pages (Spring Session's schema), read by every instance.
CREATE TABLE identity.spring_session (
    primary_id            char(36)     NOT NULL PRIMARY KEY,
    session_id            char(36)     NOT NULL UNIQUE,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100)
);
CREATE INDEX spring_session_expiry ON identity.spring_session (expiry_time);
CREATE INDEX spring_session_principal ON identity.spring_session (principal_name);

CREATE TABLE identity.spring_session_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES identity.spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);

-- Every access token of a person carries its authorization's id (claim sid): ending the
-- authorization revokes them all at once.
ALTER TABLE identity.revocations
    ADD COLUMN session_id text,
    DROP CONSTRAINT revocations_check,
    ADD CHECK (token_id IS NOT NULL OR session_id IS NOT NULL OR (client_id IS NOT NULL AND issued_before IS NOT NULL));

GRANT SELECT, INSERT, UPDATE, DELETE ON identity.oauth2_authorization, identity.spent_refresh_tokens,
    identity.oauth2_authorization_consent, identity.spring_session, identity.spring_session_attributes TO ${app_role};
