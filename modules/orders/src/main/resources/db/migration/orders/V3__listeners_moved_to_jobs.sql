-- The module's event listeners moved from package dev.plaza.orders.internal to dev.plaza.orders.jobs.
-- Publications still incomplete from before (a listener that had not handled its event yet: a paid
-- order not yet confirmed, a confirmation not yet e-mailed) name the old class in their listener;
-- they are renamed so that the restart hands them to the same listeners. Completed ones are history
-- and keep their names. The registry is the platform's table, migrated before this.
UPDATE platform.event_publication
   SET listener_id = replace(listener_id, 'dev.plaza.orders.internal.', 'dev.plaza.orders.jobs.')
 WHERE completion_date IS NULL
   AND listener_id LIKE 'dev.plaza.orders.internal.%';
