-- The names of a generated catalog that searches and pages use, as tab-separated lines of
-- bench/loadgen's --catalog file. Variables: tenant, first_day, days.
SELECT 'city', slug FROM venues.cities WHERE tenant_id = :'tenant' ORDER BY slug;
SELECT 'cinema', c.code, ci.slug FROM venues.cinemas c JOIN venues.cities ci ON ci.tenant_id = c.tenant_id AND ci.id = c.city_id
  WHERE c.tenant_id = :'tenant' ORDER BY c.code;
SELECT 'title', title FROM venues.movies WHERE tenant_id = :'tenant' ORDER BY slug;
SELECT DISTINCT 'cast', unnest("cast") AS name FROM venues.movies WHERE tenant_id = :'tenant' ORDER BY name;
SELECT DISTINCT 'language', language FROM venues.showtimes WHERE tenant_id = :'tenant' ORDER BY language;
SELECT 'day', to_char(d, 'YYYY-MM-DD') FROM generate_series(:'first_day'::date, :'first_day'::date + :days - 1, '1 day') AS d;
