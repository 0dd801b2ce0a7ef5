-- btree_gist lets one exclusion constraint compare room ids (=) and time ranges (&&) together.
-- It lives in public so that any schema's constraints find it; it is a trusted extension, which
-- the database owner may create.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

-- Slugs and codes are how people and imports name things, so each is unique per tenant.
CREATE TABLE venues.cities (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    slug       text        NOT NULL,
    name       text        NOT NULL,
    country    char(2)     NOT NULL,
    time_zone  text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT cities_slug_taken UNIQUE (tenant_id, slug)
);

CREATE TABLE venues.cinemas (
    tenant_id  uuid             NOT NULL,
    id         uuid             NOT NULL,
    code       text             NOT NULL,
    name       text             NOT NULL,
    city_id    uuid             NOT NULL,
    address    text             NOT NULL,
    latitude   double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    created_at timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT cinemas_code_taken UNIQUE (tenant_id, code),
    FOREIGN KEY (tenant_id, city_id) REFERENCES venues.cities (tenant_id, id)
);
CREATE INDEX cinemas_by_city ON venues.cinemas (tenant_id, city_id);

-- The seat map is read and written whole; seats are never queried one by one here.
CREATE TABLE venues.rooms (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    cinema_id  uuid        NOT NULL,
    name       text        NOT NULL,
    type       text        NOT NULL CHECK (type IN ('2D', '3D', '4D', 'IMAX', 'VIP')),
    seat_map   jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT rooms_name_taken UNIQUE (tenant_id, cinema_id, name),
    FOREIGN KEY (tenant_id, cinema_id) REFERENCES venues.cinemas (tenant_id, id)
);

CREATE TABLE venues.movies (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL,
    slug             text        NOT NULL,
    title            text        NOT NULL,
    original_title   text        NOT NULL,
    synopsis         text        NOT NULL,
    "cast"           text[]      NOT NULL,
    genres           text[]      NOT NULL,
    duration_minutes integer     NOT NULL CHECK (duration_minutes > 0),
    age_rating       text        NOT NULL,
    release_date     date        NOT NULL,
    languages        text[]      NOT NULL,
    poster_url       text,
    gallery          text[]      NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT movies_slug_taken UNIQUE (tenant_id, slug)
);

-- A room shows one thing at a time: the exclusion constraint holds under concurrent writers,
-- which an application-side check alone cannot. Cancelled showtimes free their room.
CREATE TABLE venues.showtimes (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    movie_id     uuid        NOT NULL,
    room_id      uuid        NOT NULL,
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    language     text        NOT NULL,
    format       text        NOT NULL,
    prices       jsonb       NOT NULL,
    cancelled_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (ends_at > starts_at),
    FOREIGN KEY (tenant_id, movie_id) REFERENCES venues.movies (tenant_id, id),
    FOREIGN KEY (tenant_id, room_id) REFERENCES venues.rooms (tenant_id, id),
    CONSTRAINT showtimes_room_taken EXCLUDE USING gist (
        tenant_id WITH =, room_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (cancelled_at IS NULL)
);
CREATE INDEX showtimes_by_movie ON venues.showtimes (tenant_id, movie_id, starts_at);
CREATE INDEX showtimes_by_room ON venues.showtimes (tenant_id, room_id, starts_at);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['cities', 'cinemas', 'rooms', 'movies', 'showtimes'] LOOP
        EXECUTE format('ALTER TABLE venues.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE venues.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON venues.%I USING (tenant_id = platform.current_tenant()) '
                       'WITH CHECK (tenant_id = platform.current_tenant())', t);
    END LOOP;
END $$;

GRANT USAGE ON SCHEMA venues TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON venues.cities, venues.cinemas, venues.rooms, venues.movies, venues.showtimes TO ${app_role};
