-- The rendition worker moved into media's jobs package and the event it follows into application.
-- Uploads whose renditions were not made yet name the old classes; renamed, the restart hands them
-- to the worker again. Completed publications are history and keep their names.
UPDATE platform.event_publication
   SET event_type  = 'dev.plaza.media.application.ImageUploaded',
       listener_id = replace(replace(listener_id,
                         'dev.plaza.media.internal.RenditionWorker.', 'dev.plaza.media.jobs.RenditionWorker.'),
                         'dev.plaza.media.internal.ImageUploaded', 'dev.plaza.media.application.ImageUploaded')
 WHERE completion_date IS NULL
   AND event_type = 'dev.plaza.media.internal.ImageUploaded';
