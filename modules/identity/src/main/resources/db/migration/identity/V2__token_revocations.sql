-- Revoked tokens (by jti) and deleted clients (every token issued to them up to issued_before).
-- Each instance reads the rows not yet expired every second; a row outlives every token it names.
CREATE TABLE identity.revocations (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_id      text,
    client_id     text,
    issued_before timestamptz,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (token_id IS NOT NULL OR (client_id IS NOT NULL AND issued_before IS NOT NULL))
);
CREATE INDEX revocations_expiry ON identity.revocations (expires_at);

GRANT SELECT, INSERT, DELETE ON identity.revocations TO ${app_role};
-- Secrets are rotated and clients deleted.
GRANT UPDATE, DELETE ON identity.api_clients TO ${app_role};
