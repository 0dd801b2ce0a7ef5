-- The listeners passing other modules' events on to webhooks moved from package
-- dev.plaza.notifications.webhooks to dev.plaza.notifications.jobs. Publications still incomplete
-- from before name the old class in their listener; they are renamed so that the restart hands them
-- to the same listeners. Completed ones are history and keep their names. The registry is the
-- platform's table, migrated before this.
UPDATE platform.event_publication
   SET listener_id = replace(listener_id, 'dev.plaza.notifications.webhooks.EventsToWebhooks.',
                             'dev.plaza.notifications.jobs.EventsToWebhooks.')
 WHERE completion_date IS NULL
   AND listener_id LIKE 'dev.plaza.notifications.webhooks.EventsToWebhooks.%';
