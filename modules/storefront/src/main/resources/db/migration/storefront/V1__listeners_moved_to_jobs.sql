-- The storefront keeps no tables of its own; its history records only this. Its listeners moved from
-- package dev.plaza.storefront.internal to dev.plaza.storefront.jobs: publications still incomplete
-- from before (page caches not yet told of a catalog change) name the old class in their listener and
-- are renamed, so that the restart hands them to the same listeners. The registry is the platform's
-- table, migrated before this.
UPDATE platform.event_publication
   SET listener_id = replace(listener_id, 'dev.plaza.storefront.internal.', 'dev.plaza.storefront.jobs.')
 WHERE completion_date IS NULL
   AND listener_id LIKE 'dev.plaza.storefront.internal.%';
