-- The catalog was split into venues, products, media and search, and its classes moved with it.
-- Publications still incomplete from before (a listener that had not handled its event yet) name
-- the old classes in their event type and listener; they are renamed so that the restart publishes
-- them again to the same listeners. Completed ones are history and keep their names. The registry
-- is the platform's table, migrated before this; events keep their published names on Kafka.
UPDATE platform.event_publication
   SET event_type  = regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
                         event_type,
                         'dev\.plaza\.catalog\.search\.', 'dev.plaza.search.', 'g'),
                         'dev\.plaza\.catalog\.media\.', 'dev.plaza.media.internal.', 'g'),
                         'dev\.plaza\.catalog\.products\.', 'dev.plaza.products.internal.', 'g'),
                         'dev\.plaza\.catalog\.internal\.', 'dev.plaza.venues.internal.', 'g'),
                         'dev\.plaza\.catalog\.(ProductChanged|ProductId|Product|Products|TaxClass)\M', 'dev.plaza.products.\1', 'g'),
                         'dev\.plaza\.catalog\.', 'dev.plaza.venues.', 'g'),
       listener_id = regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
                         listener_id,
                         'dev\.plaza\.catalog\.search\.', 'dev.plaza.search.', 'g'),
                         'dev\.plaza\.catalog\.media\.', 'dev.plaza.media.internal.', 'g'),
                         'dev\.plaza\.catalog\.products\.', 'dev.plaza.products.internal.', 'g'),
                         'dev\.plaza\.catalog\.internal\.', 'dev.plaza.venues.internal.', 'g'),
                         'dev\.plaza\.catalog\.(ProductChanged|ProductId|Product|Products|TaxClass)\M', 'dev.plaza.products.\1', 'g'),
                         'dev\.plaza\.catalog\.', 'dev.plaza.venues.', 'g')
 WHERE completion_date IS NULL
   AND (event_type LIKE 'dev.plaza.catalog.%' OR listener_id LIKE '%dev.plaza.catalog.%');
