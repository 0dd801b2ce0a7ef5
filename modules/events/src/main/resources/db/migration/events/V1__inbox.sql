-- The inbox of events received from Kafka: one row per consumer group and event id, written in the
-- transaction that hands the event to this process's listeners (through the event publication
-- registry), so a record Kafka delivers again finds its row and is dropped. Like the registry it
-- belongs to no tenant; the events themselves carry theirs.
CREATE TABLE events.inbox (
    consumer_group text        NOT NULL,
    event_id       uuid        NOT NULL,
    event_type     text        NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, event_id)
);
CREATE INDEX inbox_received_at ON events.inbox (received_at);

GRANT USAGE ON SCHEMA events TO ${app_role};
GRANT SELECT, INSERT, DELETE ON events.inbox TO ${app_role};
