#!/usr/bin/env bash
# Measures the cinema: builds Plaza, starts the jar on a fresh data directory, and offers at fixed
# arrival rates with bench/loadgen (open model, latency from each request's intended send time):
#   search  GET /api/v1/showtimes/search over a generated catalog (SHOWTIMES showtimes of CITIES cities,
#           CINEMAS_PER_CITY cinemas each with five rooms, one per type, MOVIES movies, DAYS days), a seeded
#           mix of free text (some with a typo) and filters, always with facets, anonymous on the
#           tenant's storefront domain; then the same searches through the Lucene adapter alone on a
#           copy of the index (bench/searchfloor): the engine's floor
#   holds   an on-sale storm: CUSTOMERS customers holding 1-4 adjacent seats of one 300-seat showtime,
#           then a check that no seat is in two successful holds and the seat map shows exactly them
#   page    GET /{city}, the storefront's city listings, warm
# The catalog is written with SQL into the catalog tables (bench/cinema/catalog.sql), then indexed
# with POST /api/v1/showtimes/search/rebuild; both are timed. Appends machine, command and a table
# to docs/benchmarks.md. Plaza and its PostgreSQL are stopped at the end, whatever happens.
#
#   bench/cinema.sh            (about 10 minutes, build included)
#
# Settings (environment):
#   SCENARIOS="search holds page"
#   SEARCH_RATE=500  HOLDS_RATE=2000  PAGE_RATE=500   requests/s offered
#   WARMUP=30  DURATION=30  SEED=42  MAX_IN_FLIGHT=2000
#   SHOWTIMES=1000000  CITIES=200  CINEMAS_PER_CITY=10  MOVIES=5000  DAYS=30   the generated catalog
#   CUSTOMERS=2000     FLOOR_THREADS=2 (the floor's workers; the machine's cores)
#   APPEND_RESULTS=1   0 prints the table without appending it to docs/benchmarks.md
#   PLAZA_JVM_OPTS=    extra options for Plaza's JVM
set -euo pipefail
cd "$(dirname "$0")/.."

defaults=("SCENARIOS=search holds page" SEARCH_RATE=500 HOLDS_RATE=2000 PAGE_RATE=500 WARMUP=30 DURATION=30 SEED=42
  MAX_IN_FLIGHT=2000 SHOWTIMES=1000000 CITIES=200 CINEMAS_PER_CITY=10 MOVIES=5000 DAYS=30 CUSTOMERS=2000
  FLOOR_THREADS=2 APPEND_RESULTS=1 PLAZA_JVM_OPTS=)
source bench/settings.sh
apply_settings bench/cinema.sh "${defaults[@]}"
if (( SHOWTIMES > CITIES * CINEMAS_PER_CITY * 5 * DAYS * 4 )); then
  echo "SHOWTIMES must be at most rooms × DAYS × 4 = $(( CITIES * CINEMAS_PER_CITY * 5 * DAYS * 4 ))" >&2
  exit 2
fi

work=$(mktemp -d /tmp/plaza-cinema-bench-XXXXXX)
log_tag=cinema-bench
source bench/lib.sh
trap cleanup EXIT
trap 'exit 130' INT TERM

build_plaza
loadgen=bench/loadgen/target/plaza-loadgen.jar
floor=bench/searchfloor/target/plaza-searchfloor.jar
# shellcheck disable=SC2086
start_plaza $PLAZA_JVM_OPTS

admin=$(admin_token)
tenant=$(new_tenant "$admin" cinema-bench)
token=$(client_token "$admin" "$tenant" catalog:write reservations:write)
domain=cinema-bench.localhost
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $admin" "$base/api/v1/tenants/$tenant/domains/$domain"
log "tenant $tenant, storefront domain $domain"

results="$work/results.jsonl"
: >"$results"
notes="$work/notes.txt"
: >"$notes"
loadgen_() { # row-label loadgen-args...
  local row=$1
  shift
  measure "$row" generator -Xmx1g -jar "$loadgen" --base-url "$base" --seed "$SEED" --warmup "$WARMUP" \
    --duration "$DURATION" --max-in-flight "$MAX_IN_FLIGHT" "$@"
}

# The generated catalog, and the names searches and pages use.
if [[ " $SCENARIOS " == *" search "* || " $SCENARIOS " == *" page "* ]]; then
  log "generating the catalog: $SHOWTIMES showtimes, $CITIES cities × $CINEMAS_PER_CITY cinemas × 5 rooms, $MOVIES movies, $DAYS days"
  first_day=$(date -u -d tomorrow +%Y-%m-%d)
  started=$(date +%s.%N)
  psql_ -d plaza -v tenant="$tenant" -v cities="$CITIES" -v cinemas_per_city="$CINEMAS_PER_CITY" -v movies="$MOVIES" \
    -v days="$DAYS" -v showtimes="$SHOWTIMES" -v first_day="$first_day" -f bench/cinema/catalog.sql
  generated=$(python3 -c "import time; print(f'{time.time() - $started:.0f}')")
  names="$work/catalog-names.tsv"
  psql_ -d plaza -At -F $'\t' -v tenant="$tenant" -v first_day="$first_day" -v days="$DAYS" >"$names" -f bench/cinema/names.sql
  log "catalog generated in ${generated} s; rebuilding the search index"
  started=$(date +%s.%N)
  indexed=$(curl -fsS -X POST --max-time 3600 -H "Authorization: Bearer $token" "$base/api/v1/showtimes/search/rebuild" | json '["indexed"]')
  rebuilt=$(python3 -c "import time; print(f'{time.time() - $started:.0f}')")
  merged=$(jvm_idle)
  index_size=$(du -sh "$home/search" | cut -f1)
  log "indexed $indexed showtimes in ${rebuilt} s, then Lucene merged segments for ${merged} s ($index_size on disk)"
  echo "Catalog: $(printf "%'d" "$SHOWTIMES") showtimes ($CITIES cities, $(( CITIES * CINEMAS_PER_CITY )) cinemas, $(( CITIES * CINEMAS_PER_CITY * 5 )) rooms of 5 types, $MOVIES movies, $DAYS days) generated with SQL in ${generated} s; \`POST /api/v1/showtimes/search/rebuild\` indexed $(printf "%'d" "$indexed") showtimes in ${rebuilt} s ($(printf "%'d" $(( indexed / (rebuilt > 0 ? rebuilt : 1) ))) showtimes/s), after which the JVM was busy merging index segments for ${merged} s (waited for before measuring; index $index_size)." >>"$notes"
fi

for scenario in $SCENARIOS; do
  settle
  case $scenario in
    search)
      log "search: $SEARCH_RATE searches/s, warm-up ${WARMUP}s, measured ${DURATION}s"
      loadgen_ search --scenario search --rate "$SEARCH_RATE" --host "$domain" --catalog "$names"
      # The floor reads a copy of the index: Plaza holds its write lock. Lucene never changes a
      # written file, so hard links make an exact copy at once.
      cp -al "$home/search" "$work/search-copy"
      rm -f "$work/search-copy/write.lock"
      log "search floor: the same searches through the Lucene adapter on a copy of the index"
      measure floor floor -Xmx1g -jar "$floor" "$work/search-copy" "$names" "$tenant" "$SEARCH_RATE" "$WARMUP" \
        "$DURATION" "$SEED" "$FLOOR_THREADS"
      ;;
    holds)
      curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d '{"holdTtlSeconds": 3600, "maxActiveHoldsPerCustomer": 1000000, "maxActiveHoldsPerClient": 1000000,
             "clientRate": {"perSecond": 1000000, "burst": 1000000}, "ipRate": {"perSecond": 1000000, "burst": 1000000}}' \
        "$base/api/v1/reservations/settings"
      storm=$(bench/cinema/storm-showtimes.sh "$base" "$token")
      log "holds: $HOLDS_RATE attempts/s by $CUSTOMERS customers, showtimes (warm-up, measured) $storm"
      PLAZA_TOKEN="$token" loadgen_ holds --scenario holds --rate "$HOLDS_RATE" --customers "$CUSTOMERS" \
        --warmup-showtime "${storm%% *}" --showtime "${storm##* }"
      ;;
    page)
      city=$(sed -n 's/^city\t//p' "$names" | head -1)
      bytes=$(curl -fsS -H "Host: $domain" "$base/$city" | wc -c)
      echo "City page: \`GET /$city\` answers $(printf "%'d" "$bytes") bytes of HTML." >>"$notes"
      log "page: $PAGE_RATE pages/s over $CITIES cities (one is $bytes bytes)"
      loadgen_ page --scenario page --rate "$PAGE_RATE" --host "$domain" --catalog "$names"
      ;;
    *) echo "unknown scenario '$scenario' in SCENARIOS" >&2; exit 2 ;;
  esac
done

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
pg_version=$(psql_ -d postgres -At -c "SHOW server_version")
machine="$(nproc) cores ($cpu_model), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version · PostgreSQL $pg_version"
python3 bench/cinema/table.py "$results" "$notes" "$(date -u +%Y-%m-%d)" "$command" "$machine" "$(nproc)" >"$work/table.md"
cat "$work/table.md"
if [[ "$APPEND_RESULTS" == 1 ]]; then
  cat "$work/table.md" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
status=0
