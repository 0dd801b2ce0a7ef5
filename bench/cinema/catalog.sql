-- Generates one tenant's cinema catalog straight into the venues tables, as their owner, for the
-- search and page benchmarks (bench/cinema.sh). Ids are derived from the tenant and a number, so a
-- showtime finds its movie and room without joins. Everything the application relies on holds:
-- slugs and codes unique per tenant, seat maps and prices in the API's shape, and no two showtimes
-- of a room overlap (the exclusion constraint checks every row).
--
--   psql -v tenant=UUID -v cities=200 -v cinemas_per_city=10 -v movies=5000 -v days=30
--        -v showtimes=1000000 -v first_day=2030-01-01 -f bench/cinema/catalog.sql
--
-- Every cinema has five rooms, one of each type, of 300 seats (15 rows of 20). A room shows up to
-- four movies a day (11:00, 14:30, 18:00, 21:30 in the city, movies up to 180 minutes), so at most
-- rooms × days × 4 showtimes fit. Each city shows a window of 40 movies that moves on weekly,
-- as cinemas change their programme, so a city's page lists tens of movies, not thousands.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE words AS SELECT
  ARRAY['Silent','Crimson','Last','Hidden','Broken','Golden','Frozen','Eternal','Wild','Dark','Lost','Secret',
        'Burning','Endless','Fallen','Forgotten','Quiet','Savage','Shining','Distant','Electric','Hollow','Iron',
        'Midnight','Northern','Paper','Restless','Scarlet','Shadow','Silver','Stolen','Sudden','Sweet','Velvet',
        'Wandering','Winter','Young','Bitter','Brave','Cruel','Deep','Empty','Fragile','Gentle','Lonely','Perfect',
        'Rising','Sacred','Strange','Violent'] AS adjectives,
  ARRAY['Harbor','River','Kingdom','Promise','Garden','Horizon','Mirror','Journey','Empire','Storm','Summer',
        'Island','Letter','Mountain','Ocean','Station','Tower','Valley','Voyage','Witness','Desert','Forest',
        'Highway','Orchard','Palace','Signal','Thunder','Window','Winter','Bridge','Circus','Dancer','Engine',
        'Frontier','Heart','Hunter','Lantern','Machine','Memory','Night','Pilgrim','Planet','Rebel','Shelter',
        'Soldier','Stranger','Symphony','Theory','Traveler','Warden'] AS nouns,
  ARRAY['Ana','Javier','Lucía','Pedro','Carmen','Diego','Elena','Pablo','Marta','Sergio','Laura','Andrés','Sofía',
        'Miguel','Paula','Jorge','Irene','Raúl','Clara','Hugo','Emma','Liam','Olivia','Noah','Ava','Lucas','Mia',
        'Ethan','Chloé','Louis','Léa','Jules','Greta','Felix','Ines','Tomás','Beatriz','João','Mariana','Rafael'] AS first_names,
  ARRAY['Torrent','Cámara','García','Martínez','López','Sánchez','Pérez','Gómez','Fernández','Moreno','Jiménez',
        'Ruiz','Hernández','Díaz','Álvarez','Romero','Navarro','Torres','Domínguez','Vázquez','Smith','Johnson',
        'Brown','Taylor','Wilson','Dubois','Moreau','Laurent','Fischer','Weber','Schneider','Rossi','Bianchi',
        'Silva','Santos','Oliveira','Costa','Pereira','Novak','Larsen'] AS last_names,
  ARRAY['Sevilla','Valencia','Bilbao','Málaga','Zaragoza','Murcia','Palma','Córdoba','Alicante','Granada','Vigo',
        'Gijón','Oviedo','Santander','Burgos','León','Salamanca','Cádiz','Huelva','Almería','Toledo','Segovia',
        'Ávila','Cáceres','Badajoz','Lugo','Ourense','Girona','Lleida','Tarragona','Castellón','Logroño','Pamplona',
        'Vitoria','Huesca','Teruel','Soria','Cuenca','Albacete','Jaén','Ciudad Real','Guadalajara','Zamora','Palencia',
        'Valladolid','Pontevedra','Mérida','Elche','Cartagena','Marbella'] AS places;

-- Spanish letters are folded to ASCII for slugs, as the API's own slugs are.
CREATE TEMP TABLE folding AS SELECT 'áéíóúüñçãâêôõàèìòùÁÉÍÓÚÜÑÇ'::text AS accented, 'aeiouuncaaeooaeiouAEIOUUNC'::text AS plain;

INSERT INTO venues.cities (tenant_id, id, slug, name, country, time_zone)
SELECT :'tenant', md5(:'tenant' || '/city/' || i)::uuid,
       lower(replace(translate(name, f.accented, f.plain), ' ', '-')), name, 'ES', 'Europe/Madrid'
FROM generate_series(0, :cities - 1) AS i, words w, folding f,
     LATERAL (SELECT w.places[1 + i % 50] || CASE WHEN i >= 50 THEN ' ' || (i / 50 + 1) ELSE '' END AS name) n;

INSERT INTO venues.cinemas (tenant_id, id, code, name, city_id, address, latitude, longitude)
SELECT :'tenant', md5(:'tenant' || '/cinema/' || i)::uuid, 'C' || lpad(i::text, 5, '0'),
       'Cines ' || w.nouns[1 + i % 50] || ' ' || (i % :cinemas_per_city + 1),
       md5(:'tenant' || '/city/' || (i / :cinemas_per_city))::uuid, 'Calle Mayor ' || (i + 1),
       36 + (i % 700) / 100.0, -8 + (i % 1100) / 100.0
FROM generate_series(0, :cities * :cinemas_per_city - 1) AS i, words w;

-- One seat map for every room: rows A–O of 20 standard seats, as the API stores a SeatMap.
CREATE TEMP TABLE seat_map AS
SELECT jsonb_build_object('rows', jsonb_agg(jsonb_build_object('label', r, 'seats',
         (SELECT jsonb_agg(jsonb_build_object('label', r || s, 'kind', 'standard') ORDER BY s)
          FROM generate_series(1, 20) AS s)) ORDER BY r), 'blocked', '[]'::jsonb) AS map
FROM unnest(string_to_array('A,B,C,D,E,F,G,H,I,J,K,L,M,N,O', ',')) AS r;

INSERT INTO venues.rooms (tenant_id, id, cinema_id, name, type, seat_map)
SELECT :'tenant', md5(:'tenant' || '/room/' || i)::uuid, md5(:'tenant' || '/cinema/' || (i / 5))::uuid,
       'Sala ' || (i % 5 + 1), (ARRAY['2D','3D','4D','IMAX','VIP'])[1 + i % 5], m.map
FROM generate_series(0, :cities * :cinemas_per_city * 5 - 1) AS i, seat_map m;

INSERT INTO venues.movies (tenant_id, id, slug, title, original_title, synopsis, "cast", genres, duration_minutes,
                            age_rating, release_date, languages)
SELECT :'tenant', md5(:'tenant' || '/movie/' || i)::uuid,
       lower(replace(title, ' ', '-')) || '-' || i, title, title, 'A story told in ' || w.places[1 + i % 50] || '.',
       ARRAY[w.first_names[1 + i % 40] || ' ' || w.last_names[1 + (i / 40) % 40],
             w.first_names[1 + (i * 7) % 40] || ' ' || w.last_names[1 + (i * 13) % 40],
             w.first_names[1 + (i * 11) % 40] || ' ' || w.last_names[1 + (i * 17) % 40]],
       ARRAY[(ARRAY['drama','comedy','thriller','animation','documentary','horror','romance'])[1 + i % 7]],
       80 + (i * 37) % 101, (ARRAY['A','7','12','16','18'])[1 + i % 5], DATE '2029-01-01' + i % 365,
       ARRAY['es','en','fr','pt-BR']
FROM generate_series(0, :movies - 1) AS i, words w,
     LATERAL (SELECT w.adjectives[1 + i % 50] || ' ' || w.nouns[1 + (i / 50) % 50]
                     || CASE WHEN i >= 2500 THEN ' ' || (ARRAY['II','Returns','Rising','Reborn'])[1 + (i / 2500) % 4] ELSE '' END
             AS title) t;

-- Showtime n is in room n % rooms; its k = n / rooms picks a distinct (day, slot) of that room,
-- spread so that every day gets its share of fourth slots.
INSERT INTO venues.showtimes (tenant_id, id, movie_id, room_id, starts_at, ends_at, language, format, prices)
SELECT :'tenant', md5(:'tenant' || '/showtime/' || n)::uuid, md5(:'tenant' || '/movie/' || movie)::uuid,
       md5(:'tenant' || '/room/' || room)::uuid, starts_at, starts_at + make_interval(mins => 80 + (movie * 37) % 101),
       (ARRAY['es','es','en','fr','pt-BR'])[1 + (n * 31) % 5], (ARRAY['2D','3D','4D','IMAX','VIP'])[1 + room % 5],
       '{"standard": {"amount": 950, "currency": "EUR"}}'::jsonb
FROM (SELECT n, room, day,
             ((:'first_day'::date + day) + time '11:00' + make_interval(mins => 210 * slot)) AT TIME ZONE 'Europe/Madrid' AS starts_at,
             (((day / 7) * (:movies / 4) + (room / 5 / :cinemas_per_city) * 7 + (n::bigint * 7919) % 40) % :movies)::int AS movie
      FROM (SELECT n, n % rooms AS room, ((n / rooms) + n % rooms) % :days AS day, (n / rooms) / :days AS slot
            FROM generate_series(0, :showtimes - 1) AS n,
                 (SELECT :cities * :cinemas_per_city * 5 AS rooms) r) s) t
ORDER BY room, starts_at;

ANALYZE venues.cities, venues.cinemas, venues.rooms, venues.movies, venues.showtimes;
