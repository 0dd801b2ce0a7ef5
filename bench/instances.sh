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
# Appends machine, command and a table to docs/benchmarks.md. Everything started is stopped at the end,
# whatever happens.
#
#   bench/instances.sh            (about 10 minutes, build included)
#
# Settings (environment):
#   LEDGER_RATE=1500  SEARCH_RATE=150   requests/s offered, the same with one and two instances
#   ACCOUNTS=10000  SHOWTIMES=100000  CITIES=50  CINEMAS_PER_CITY=10  MOVIES=2000  DAYS=14
#   WARMUP=15  DURATION=30  SEED=42  MAX_IN_FLIGHT=2000
#   PREWARM=20  PREWARM_LEDGER_RATE=300  PREWARM_SEARCH_RATE=50   seconds and rates at which each instance
#                                   is sent both journeys first, directly, to warm its JIT (0 skips it)
#   APPEND_RESULTS=1   0 prints the table without appending it to docs/benchmarks.md
set -euo pipefail
cd "$(dirname "$0")/.."

defaults=(LEDGER_RATE=1500 SEARCH_RATE=150 PREWARM=20 PREWARM_LEDGER_RATE=300 PREWARM_SEARCH_RATE=50 ACCOUNTS=10000 SHOWTIMES=100000 CITIES=50 CINEMAS_PER_CITY=10 MOVIES=2000
  DAYS=14 WARMUP=15 DURATION=30 SEED=42 MAX_IN_FLIGHT=2000 APPEND_RESULTS=1)
source bench/settings.sh
apply_settings bench/instances.sh "${defaults[@]}"
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || { echo "nginx is missing: apt-get install nginx" >&2; exit 2; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/plaza-instances-bench-XXXXXX)
log_tag=instances-bench
source bench/lib.sh
second="" edge=""
stop_pid() { # pid name
  if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
    log "stopping $2 (pid $1)"
    kill "$1" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}
trap 'stop_pid "$edge" nginx; stop_pid "$second" "the second instance"; cleanup' EXIT
trap 'exit 130' INT TERM

build_plaza
loadgen=bench/loadgen/target/plaza-loadgen.jar
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

# The second instance: the same jar on the first one's PostgreSQL, as the application role.
second_port=$(free_port)
log "starting the second instance on port $second_port, on the first one's PostgreSQL"
PLAZA_HOME="$work/home2" PORT="$second_port" PLAZA_ADMIN_CLIENT_SECRET="$admin_secret" PLAZA_IDENTITY_ACCESSTOKENTTL=2h \
  PLAZA_DATABASE_EMBEDDED_ENABLED=false SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/plaza" \
  SPRING_DATASOURCE_USERNAME=plaza_app SPRING_FLYWAY_USER=plaza_owner \
  "$JAVA_HOME/bin/java" -jar apps/plaza/target/plaza.jar >"$work/plaza2.log" 2>&1 &
second=$!
for _ in $(seq 1200); do
  curl -fs "http://127.0.0.1:$second_port/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$second" 2>/dev/null || { tail -20 "$work/plaza2.log" >&2; echo "the second instance exited during startup" >&2; exit 1; }
  sleep 0.1
done

# Each instance indexes the catalog into its own Lucene index.
for instance in "$first_base" "http://127.0.0.1:$second_port"; do
  log "indexing the catalog at $instance"
  curl -fsS -o /dev/null -X POST --max-time 3600 -H "Authorization: Bearer $token" "$instance/api/v1/showtimes/search/rebuild"
done
pid_saved=$pid
pid=$second jvm_idle >/dev/null
pid=$pid_saved jvm_idle >/dev/null

# Both instances' JIT is warmed on both journeys before anything is measured, so the first phase
# does not pay for compiling what the second then finds compiled.
prewarm() { # base-url
  log "warming $1: ledger at $PREWARM_LEDGER_RATE requests/s and search at $PREWARM_SEARCH_RATE/s for ${PREWARM}s, not measured"
  PLAZA_TOKEN="$token" "$JAVA_HOME/bin/java" -Xmx1g -jar "$loadgen" --base-url "$1" --scenario single --batch 1 \
    --rate "$PREWARM_LEDGER_RATE" --accounts "$ACCOUNTS" --seed "$SEED" --warmup "$PREWARM" --duration 1 --progress 0 \
    >"$work/prewarm.out" 2>&1 || { cat "$work/prewarm.out" >&2; exit 1; }
  PLAZA_TOKEN="$token" "$JAVA_HOME/bin/java" -Xmx1g -jar "$loadgen" --base-url "$1" --scenario search --host "$domain" \
    --catalog "$names" --rate "$PREWARM_SEARCH_RATE" --seed "$SEED" --warmup "$PREWARM" --duration 1 --progress 0 \
    >"$work/prewarm.out" 2>&1 || { cat "$work/prewarm.out" >&2; exit 1; }
}
if (( PREWARM > 0 )); then
  prewarm "$first_base"
  prewarm "http://127.0.0.1:$second_port"
fi

edge_port=$(free_port)
start_edge() { # upstream ports...
  stop_pid "$edge" nginx
  mkdir -p "$work/nginx/logs"
  {
    # Started by root, nginx's worker would run as nobody, who may not write its buffers into $work.
    (( $(id -u) == 0 )) && echo "user root;"
    echo "worker_processes 1; pid $work/nginx/nginx.pid; error_log $work/nginx/logs/error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http { access_log off; client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;"
    echo "  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;"
    echo "  upstream plaza { keepalive 256;"
    for port in "$@"; do echo "    server 127.0.0.1:$port;"; done
    echo "  }"
    echo "  server { listen 127.0.0.1:$edge_port;"
    echo "    location / { proxy_pass http://plaza; proxy_http_version 1.1; proxy_set_header Connection \"\";"
    echo "      proxy_set_header Host \$host; proxy_read_timeout 60s; } }"
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
echo "Catalog: $(printf "%'d" "$SHOWTIMES") showtimes ($CITIES cities), generated with SQL and indexed by each instance into its own Lucene index. Each instance was sent both journeys for ${PREWARM} s before the first measurement (JIT warm-up); the one-instance phase runs first. nginx runs one worker process." >"$notes"
loadgen_() { # row-label loadgen-args...
  local row=$1
  shift
  PLAZA_TOKEN="$token" measure "$row" generator -Xmx1g -jar "$loadgen" --base-url "http://127.0.0.1:$edge_port" \
    --seed "$SEED" --warmup "$WARMUP" --duration "$DURATION" --max-in-flight "$MAX_IN_FLIGHT" "$@"
}

for instances in 1 2; do
  if (( instances == 1 )); then
    start_edge "${first_base##*:}"
    more_jvms=""
  else
    start_edge "${first_base##*:}" "$second_port"
    more_jvms=$second
  fi
  export more_jvms
  settle
  log "ledger through nginx, $instances instance(s): $LEDGER_RATE requests/s"
  loadgen_ "ledger-$instances" --scenario single --rate "$LEDGER_RATE" --batch 1 --accounts "$ACCOUNTS"
  settle
  log "search through nginx, $instances instance(s): $SEARCH_RATE searches/s"
  loadgen_ "search-$instances" --scenario search --rate "$SEARCH_RATE" --host "$domain" --catalog "$names"
done

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
pg_version=$(psql_ -d postgres -At -c "SHOW server_version")
machine="$(nproc) cores ($cpu_model), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version · PostgreSQL $pg_version (fsync on) · $("$nginx_bin" -v 2>&1 | sed 's/.*: //')"
python3 bench/instances/table.py "$results" "$notes" "$(date -u +%Y-%m-%d)" "$command" "$machine" "$(nproc)" >"$work/table.md"
cat "$work/table.md"
if [[ $APPEND_RESULTS == 1 ]]; then
  cat "$work/table.md" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
status=0
