-- Spring Modulith's event publication registry: the transactional outbox. A module's event is
-- stored here in the transaction that publishes it, once per listener, and marked complete when
-- that listener has handled it; incomplete ones are published again on restart. Events carry
-- their tenant in the payload; the registry itself belongs to the platform.
CREATE TABLE platform.event_publication (
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON platform.event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON platform.event_publication (completion_date);

GRANT SELECT, INSERT, UPDATE, DELETE ON platform.event_publication TO ${app_role};
