-- Files under /media/ are public and their URLs name only the image, while the media store keeps
-- each tenant's files under a key space of its own: serving one needs its owner, which the
-- application role cannot see outside that tenant. This function, running with the owner's
-- rights, answers exactly that. Image ids are made by Plaza (UUIDv7), so one id has one owner.
CREATE UNIQUE INDEX images_id ON catalog.images (id);

CREATE FUNCTION catalog.image_owner(image uuid) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = catalog, pg_temp
    AS $$ SELECT tenant_id FROM catalog.images WHERE id = image $$;
REVOKE EXECUTE ON FUNCTION catalog.image_owner(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION catalog.image_owner(uuid) TO ${app_role};
