-- The listeners of venues' events in search and reservations moved into their modules' jobs packages.
-- Publications still incomplete from before (a listener that had not handled its event yet) name them
-- by their old classes; renamed, the restart hands them to the same listeners again. Completed ones are
-- history and keep their names. The registry is the platform's table, migrated before this.
UPDATE platform.event_publication
   SET listener_id = regexp_replace(regexp_replace(
                         listener_id,
                         '^dev\.plaza\.search\.SearchIndexFollower\.', 'dev.plaza.search.jobs.SearchIndexFollower.'),
                         '^dev\.plaza\.reservations\.internal\.ShowtimeCancellations\.',
                         'dev.plaza.reservations.jobs.ShowtimeCancellations.')
 WHERE completion_date IS NULL
   AND (listener_id LIKE 'dev.plaza.search.SearchIndexFollower.%'
        OR listener_id LIKE 'dev.plaza.reservations.internal.ShowtimeCancellations.%');
