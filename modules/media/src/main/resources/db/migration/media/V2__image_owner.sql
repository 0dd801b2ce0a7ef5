-- Files under /media/ are public and their URLs name only the image, while the media store keeps
-- each tenant's files under a key space of its own: serving one needs its owner, which the
-- application role cannot see outside that tenant. This function, running with the owner's
-- rights, answers exactly that. Image ids are made by Plaza (UUIDv7), so one id has one owner.
-- It runs after the baseline of an installation whose images came from the catalog schema, where
-- the index and the function already exist (the function still reading catalog.images): hence
-- IF NOT EXISTS and OR REPLACE.
CREATE UNIQUE INDEX IF NOT EXISTS images_id ON media.images (id);

CREATE OR REPLACE FUNCTION media.image_owner(image uuid) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = media, pg_temp
    AS $$ SELECT tenant_id FROM media.images WHERE id = image $$;
REVOKE EXECUTE ON FUNCTION media.image_owner(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION media.image_owner(uuid) TO ${app_role};
