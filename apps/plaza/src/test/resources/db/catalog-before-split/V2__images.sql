-- Uploaded images (posters, gallery pictures). The files are in the media store; this is who owns
-- each one and whether its renditions are made yet.
CREATE TABLE catalog.images (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    format      text        NOT NULL CHECK (format IN ('JPEG', 'PNG', 'WEBP', 'GIF')),
    width       integer     NOT NULL CHECK (width > 0),
    height      integer     NOT NULL CHECK (height > 0),
    byte_size   integer     NOT NULL CHECK (byte_size > 0),
    status      text        NOT NULL CHECK (status IN ('processing', 'ready', 'failed')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    rendered_at timestamptz,
    PRIMARY KEY (tenant_id, id)
);

ALTER TABLE catalog.images ENABLE ROW LEVEL SECURITY;
ALTER TABLE catalog.images FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON catalog.images USING (tenant_id = platform.current_tenant())
    WITH CHECK (tenant_id = platform.current_tenant());
GRANT SELECT, INSERT, UPDATE ON catalog.images TO ${app_role};
