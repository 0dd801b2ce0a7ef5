#!/usr/bin/env bash
# Measures the ledger and search journeys with one and with two Plaza instances behind nginx (Debian's,
# round robin over keep-alive connections): builds Plaza, starts the first instance on a fresh data
# directory (its embedded PostgreSQL, durable) and a second one on the same PostgreSQL, as scaled
# instances share one database. Each journey is offered at a fixed arrival rate through nginx, first
# with only the first instance behind it, then with both (bench/loadgen: open model, latency from each
# request's intended send time, warm-up first):
#   ledger   one transfer per request between random pairs of ACCOUNTS accounts
#   search   the cinema benchmark's search mix over a generated catalog (SHOWTIMES showtimes), each
#            instance answering from its own Lucene index of the same catalog
# With APPS=services the instances are the service apps instead: ledger-service for the ledger
# journey and catalog-service for search, one or two of each behind nginx (which routes by path), on
# the first Plaza's PostgreSQL and with it as their identity-service (tokens, signing keys, tenants);
# that Plaza takes no benchmark traffic.
# Appends machine, command and a table to docs/benchmarks.md. Everything started is stopped at the end,
# whatever happens.
#
#   bench/instances.sh                 (about 10 minutes, build included)
#   APPS=services bench/instances.sh   (the same with ledger-service and catalog-service)
#
# Settings (environment):
#   LEDGER_RATE=1500  SEARCH_RATE=150   requests/s offered, the same with one and two instances
#   ACCOUNTS=10000  SHOWTIMES=100000  CITIES=50  CINEMAS_PER_CITY=10  MOVIES=2000  DAYS=14
#   WARMUP=15  DURATION=30  SEED=42  MAX_IN_FLIGHT=2000
#   PREWARM=20  PREWARM_LEDGER_RATE=300  PREWARM_SEARCH_RATE=50   seconds and rates at which each instance
#                                   is sent both journeys first, directly, to warm its JIT (0 skips it)
#   APPS=plaza         plaza: all-in-one instances; services: ledger-service and catalog-service instances
#   APPEND_RESULTS=1   0 prints the table without appending it to docs/benchmarks.md
set -euo pipefail
cd "$(dirname "$0")/.."

defaults=(LEDGER_RATE=1500 SEARCH_RATE=150 PREWARM=20 PREWARM_LEDGER_RATE=300 PREWARM_SEARCH_RATE=50 ACCOUNTS=10000 SHOWTIMES=100000 CITIES=50 CINEMAS_PER_CITY=10 MOVIES=2000
  DAYS=14 WARMUP=15 DURATION=30 SEED=42 MAX_IN_FLIGHT=2000 APPS=plaza APPEND_RESULTS=1)
source bench/settings.sh
apply_settings bench/instances.sh "${defaults[@]}"
[[ $APPS == plaza || $APPS == services ]] || { echo "APPS is plaza or services, not '$APPS'" >&2; exit 2; }
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || { echo "nginx is missing: apt-get install nginx" >&2; exit 2; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/plaza-instances-bench-XXXXXX)
log_tag=instances-bench
source bench/lib.sh
edge="" services=() started_port=""
stop_pid() { # pid name
  if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
    log "stopping $2 (pid $1)"
    kill "$1" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}
stop_services() {
  local service
  for service in "${services[@]}"; do stop_pid "$service" "a service instance"; done
}
trap 'stop_pid "$edge" nginx; stop_services; cleanup' EXIT
trap 'exit 130' INT TERM

build_plaza
loadgen=bench/loadgen/target/plaza-loadgen.jar
# The client the service apps call the first Plaza as (for its tenant directory); unused by Plaza itself.
PLAZA_SERVICES_CLIENT_SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
export PLAZA_SERVICES_CLIENT_SECRET
start_plaza
first_base=$base

admin=$(admin_token)
tenant=$(new_tenant "$admin" instances-bench)
token=$(client_token "$admin" "$tenant" ledger:read ledger:write catalog:write)
domain=instances-bench.localhost
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $admin" "$base/api/v1/tenants/$tenant/domains/$domain"

log "generating the catalog: $SHOWTIMES showtimes in $CITIES cities"
first_day=$(date -u -d tomorrow +%Y-%m-%d)
psql_ -d plaza -v tenant="$tenant" -v cities="$CITIES" -v cinemas_per_city="$CINEMAS_PER_CITY" -v movies="$MOVIES" \
  -v days="$DAYS" -v showtimes="$SHOWTIMES" -v first_day="$first_day" -f bench/cinema/catalog.sql
names="$work/catalog-names.tsv"
psql_ -d plaza -At -F $'\t' -v tenant="$tenant" -v first_day="$first_day" -v days="$DAYS" >"$names" -f bench/cinema/names.sql

await_ready() { # pid port log name
  for _ in $(seq 1200); do
    curl -fs "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$1" 2>/dev/null || { tail -20 "$3" >&2; echo "$4 exited during startup" >&2; exit 1; }
    sleep 0.1
  done
  echo "$4 was not ready after 120 s; see $3" >&2
  exit 1
}
# An app on the first Plaza's PostgreSQL, as the application role: sets started_port, adds its pid to services.
start_on_first_database() { # jar name [VAR=value...]
  local jar=$1 name=$2 port
  shift 2
  port=$(free_port)
  started_port=$port
  log "starting $name on port $port, on the first Plaza's PostgreSQL"
  env PLAZA_HOME="$work/$name" PORT="$port" PLAZA_DATABASE_EMBEDDED_ENABLED=false \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/plaza" SPRING_DATASOURCE_USERNAME=plaza_app \
    SPRING_FLYWAY_USER=plaza_owner "$@" "$JAVA_HOME/bin/java" -jar "$jar" >"$work/$name.log" 2>&1 &
  services+=($!)
  await_ready $! "$port" "$work/$name.log" "$name"
}

# The instances measured, as "ledger-port search-port" pairs: the first Plaza and a second one on its
# PostgreSQL, or two pairs of ledger- and catalog-service instances.
if [[ $APPS == plaza ]]; then
  start_on_first_database apps/plaza/target/plaza.jar plaza2 PLAZA_ADMIN_CLIENT_SECRET="$admin_secret" \
    PLAZA_IDENTITY_ACCESSTOKENTTL=2h
  instances=("${first_base##*:} ${first_base##*:}" "$started_port $started_port")
  jvms=("" "${services[0]}")
else
  instances=() jvms=()
  for i in 1 2; do
    start_on_first_database apps/ledger-service/target/plaza-ledger-service.jar "ledger-service-$i" \
      PLAZA_SERVICES_IDENTITY_URL="$first_base"
    ledger_port=$started_port
    start_on_first_database apps/catalog-service/target/plaza-catalog-service.jar "catalog-service-$i" \
      PLAZA_SERVICES_IDENTITY_URL="$first_base"
    instances+=("$ledger_port $started_port")
    jvms+=("${services[*]}")
  done
fi

# Each instance that searches indexes the catalog into its own Lucene index.
for pair in "${instances[@]}"; do
  log "indexing the catalog at port ${pair#* }"
  curl -fsS -o /dev/null -X POST --max-time 3600 -H "Authorization: Bearer $token" \
    "http://127.0.0.1:${pair#* }/api/v1/showtimes/search/rebuild"
done
pid_saved=$pid
for jvm in ${jvms[-1]}; do pid=$jvm jvm_idle >/dev/null; done
pid=$pid_saved jvm_idle >/dev/null

# Both instances' JIT is warmed on both journeys before anything is measured, so the first phase
# does not pay for compiling what the second then finds compiled.
prewarm() { # ledger-port search-port
  log "warming ports $1 and $2: ledger at $PREWARM_LEDGER_RATE requests/s and search at $PREWARM_SEARCH_RATE/s for ${PREWARM}s, not measured"
  PLAZA_TOKEN="$token" "$JAVA_HOME/bin/java" -Xmx1g -jar "$loadgen" --base-url "http://127.0.0.1:$1" --scenario single --batch 1 \
    --rate "$PREWARM_LEDGER_RATE" --accounts "$ACCOUNTS" --seed "$SEED" --warmup "$PREWARM" --duration 1 --progress 0 \
    >"$work/prewarm.out" 2>&1 || { cat "$work/prewarm.out" >&2; exit 1; }
  PLAZA_TOKEN="$token" "$JAVA_HOME/bin/java" -Xmx1g -jar "$loadgen" --base-url "http://127.0.0.1:$2" --scenario search --host "$domain" \
    --catalog "$names" --rate "$PREWARM_SEARCH_RATE" --seed "$SEED" --warmup "$PREWARM" --duration 1 --progress 0 \
    >"$work/prewarm.out" 2>&1 || { cat "$work/prewarm.out" >&2; exit 1; }
}
if (( PREWARM > 0 )); then
  for pair in "${instances[@]}"; do
    # shellcheck disable=SC2086 # a pair is two ports
    prewarm $pair
  done
fi

edge_port=$(free_port)
start_edge() { # "ledger-port search-port" pairs...
  stop_pid "$edge" nginx
  mkdir -p "$work/nginx/logs"
  {
    # Started by root, nginx's worker would run as nobody, who may not write its buffers into $work.
    (( $(id -u) == 0 )) && echo "user root;"
    echo "worker_processes 1; pid $work/nginx/nginx.pid; error_log $work/nginx/logs/error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http { access_log off; client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;"
    echo "  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;"
    echo "  upstream ledger { keepalive 256;"
    for pair in "$@"; do echo "    server 127.0.0.1:${pair% *};"; done
    echo "  }"
    echo "  upstream search { keepalive 256;"
    for pair in "$@"; do echo "    server 127.0.0.1:${pair#* };"; done
    echo "  }"
    echo "  proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$host; proxy_read_timeout 60s;"
    echo "  server { listen 127.0.0.1:$edge_port;"
    echo "    location /api/v1/ledger/ { proxy_pass http://ledger; }"
    echo "    location / { proxy_pass http://search; } }"
    echo "}"
  } >"$work/nginx/nginx.conf"
  "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
  edge=$!
  for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$edge_port/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "nginx did not start; see $work/nginx/logs/error.log" >&2
  exit 1
}

results="$work/results.jsonl"
: >"$results"
notes="$work/notes.txt"
{
  echo "Catalog: $(printf "%'d" "$SHOWTIMES") showtimes ($CITIES cities), generated with SQL and indexed by each instance into its own Lucene index. Each instance was sent both journeys for ${PREWARM} s before the first measurement (JIT warm-up); the one-instance phase runs first. nginx runs one worker process."
  if [[ $APPS == services ]]; then
    echo "An instance is a ledger-service (the ledger journey) and a catalog-service (search), on the all-in-one Plaza's PostgreSQL and with that Plaza as their identity-service, which takes no benchmark traffic; its JVM counts in the JVM column (all but idle)."
  fi
} >"$notes"
loadgen_() { # row-label loadgen-args...
  local row=$1
  shift
  PLAZA_TOKEN="$token" measure "$row" generator -Xmx1g -jar "$loadgen" --base-url "http://127.0.0.1:$edge_port" \
    --seed "$SEED" --warmup "$WARMUP" --duration "$DURATION" --max-in-flight "$MAX_IN_FLIGHT" "$@"
}

for count in 1 2; do
  start_edge "${instances[@]:0:count}"
  more_jvms=${jvms[count - 1]}
  export more_jvms
  settle
  log "ledger through nginx, $count instance(s): $LEDGER_RATE requests/s"
  loadgen_ "ledger-$count" --scenario single --rate "$LEDGER_RATE" --batch 1 --accounts "$ACCOUNTS"
  settle
  log "search through nginx, $count instance(s): $SEARCH_RATE searches/s"
  loadgen_ "search-$count" --scenario search --rate "$SEARCH_RATE" --host "$domain" --catalog "$names"
done

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
pg_version=$(psql_ -d postgres -At -c "SHOW server_version")
machine="$(nproc) cores ($cpu_model), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version · PostgreSQL $pg_version (fsync on) · $("$nginx_bin" -v 2>&1 | sed 's/.*: //')"
python3 bench/instances/table.py "$results" "$notes" "$(date -u +%Y-%m-%d)" "$command" "$machine" "$(nproc)" "$APPS" >"$work/table.md"
cat "$work/table.md"
if [[ $APPEND_RESULTS == 1 ]]; then
  cat "$work/table.md" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
status=0
