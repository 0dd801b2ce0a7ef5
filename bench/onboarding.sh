#!/usr/bin/env bash
# Measures bulk onboarding: builds Plaza, starts a real SMTP server (the owners' invitations) and the jar
# on a fresh data directory with its bundled KYB simulator (gRPC) answering after KYB_LATENCY and failing
# KYB_TRANSIENT of the questions with UNAVAILABLE, then, one after the other:
#   baseline  a tenant's ledger transfers (single) and catalog reads (products) at fixed arrival rates with
#             bench/loadgen, while Plaza holds a handful of tenants
#   onboard   POST /api/v1/onboarding/jobs with a CSV of BUSINESSES businesses across COUNTRIES (valid tax ids
#             and IBANs, bench/onboarding/businesses.py); the job's progress is read every second until it
#             completes: items/s through each state, and the KYB attempts per business from Prometheus
#   topup     more businesses until Plaza holds TENANTS tenants (three per business), not measured
#   crowded   the baseline's two workloads again, for the same tenant, among TENANTS tenants
#   validate  a validation-only job (?mode=validate) of VALIDATE_ROWS rows: rows checked by their country's
#             rules per second, nothing verified or provisioned
# Appends machine, command and tables to docs/benchmarks.md. Plaza, its PostgreSQL and the SMTP server
# are stopped at the end, whatever happens.
#
#   bench/onboarding.sh            (about 15 minutes, build included)
#
# Settings (environment):
#   BUSINESSES=2500  COUNTRIES=ES,PT,FR  KYB_LATENCY=50ms  KYB_TRANSIENT=0.05
#   TENANTS=10000    VALIDATE_ROWS=100000
#   LEDGER_RATE=500  PRODUCTS_RATE=500   requests/s offered to the tenant's ledger and catalog
#   PREWARM=20  seconds of each workload sent first to warm the JIT, not measured
#   WARMUP=10  DURATION=30  SEED=42
#   SCENARIOS="baseline onboard topup crowded validate"
#   APPEND_RESULTS=1   0 prints the tables without appending them to docs/benchmarks.md
#   PLAZA_JVM_OPTS=    extra options for Plaza's JVM
set -euo pipefail
cd "$(dirname "$0")/.."

defaults=(BUSINESSES=2500 COUNTRIES=ES,PT,FR KYB_LATENCY=50ms KYB_TRANSIENT=0.05 TENANTS=10000 VALIDATE_ROWS=100000
  LEDGER_RATE=500 PRODUCTS_RATE=500 PREWARM=20 WARMUP=10 DURATION=30 SEED=42 "SCENARIOS=baseline onboard topup crowded validate"
  APPEND_RESULTS=1 PLAZA_JVM_OPTS=)
source bench/settings.sh
apply_settings bench/onboarding.sh "${defaults[@]}"

work=$(mktemp -d /tmp/plaza-onboarding-bench-XXXXXX)
log_tag=onboarding-bench
source bench/lib.sh
trap 'stop_smtp; cleanup' EXIT
trap 'exit 130' INT TERM
wants() { [[ " $SCENARIOS " == *" $1 "* ]]; }

build_plaza
loadgen=bench/loadgen/target/plaza-loadgen.jar
start_smtp
export SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$smtp_port
export PLAZA_SIMS_KYB_LATENCY=$KYB_LATENCY PLAZA_SIMS_KYB_TRANSIENT_FAILURE_RATE=$KYB_TRANSIENT
# shellcheck disable=SC2086 # the options are words
start_plaza $PLAZA_JVM_OPTS

admin=$(admin_token)
tenant=$(new_tenant "$admin" onboarding-bench)
token=$(client_token "$admin" "$tenant" ledger:read ledger:write catalog:write)
results="$work/results.jsonl"
: >"$results"
tenants() { psql_ -d plaza -At -c "SELECT count(*) FROM tenancy.tenants"; }

# The tenant's ledger and catalog at fixed rates; each row of the results is labelled with the tenants Plaza holds.
tenant_calls() { # label
  local count
  count=$(tenants)
  settle
  log "$1: ledger transfers at $LEDGER_RATE/s and catalog reads at $PRODUCTS_RATE/s with $count tenants"
  PLAZA_TOKEN="$token" measure "$1-ledger:$count" generator -Xmx1g -jar "$loadgen" --base-url "$base" \
    --scenario single --rate "$LEDGER_RATE" --accounts 1000 --seed "$SEED" --warmup "$WARMUP" --duration "$DURATION"
  settle
  PLAZA_TOKEN="$token" measure "$1-products:$count" generator -Xmx1g -jar "$loadgen" --base-url "$base" \
    --scenario products --rate "$PRODUCTS_RATE" --products 100 --seed "$SEED" --warmup "$WARMUP" --duration "$DURATION"
}

# Uploads a file as a job and reads its progress every second until it is done; appends one JSON line
# (the row label, the file's rows, the seconds from upload to completion, and the progress timeline) to
# $results.
run_job() { # label file [query]
  local label=$1 file=$2 query=${3:-} location started
  started=$(date +%s.%N)
  location=$(curl -fsS -o /dev/null -w '%header{location}' -H "Authorization: Bearer $admin" -H 'Content-Type: text/csv' \
    --data-binary @"$file" "$base/api/v1/onboarding/jobs$query")
  log "$label: job $location"
  python3 - "$base$location" "$admin" "$started" "$label" "$(($(wc -l <"$file") - 1))" >>"$results" <<'PY'
import json, sys, time, urllib.request
url, token, started, label, rows = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], int(sys.argv[5])
timeline = []
while True:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    job = json.load(urllib.request.urlopen(request, timeout=30))
    timeline.append({"t": time.time() - started, "counts": job["counts"]})
    print(f"    {timeline[-1]['t']:6.1f}s {job['status']}: {job['counts']}", file=sys.stderr)
    if job["status"] != "running":
        break
    time.sleep(1)
print(json.dumps({"row": label, "rows": rows, "status": job["status"], "seconds": timeline[-1]["t"],
                  "timeline": timeline}))
PY
}

# Warms Plaza's JIT on both request paths, at the rates measured, before anything is measured.
log "warming up: ledger transfers and catalog reads for ${PREWARM}s each, not measured"
for scenario in single products; do
  PLAZA_TOKEN="$token" "$JAVA_HOME/bin/java" -Xmx1g -jar "$loadgen" --base-url "$base" --scenario "$scenario" \
    --rate "$LEDGER_RATE" --accounts 1000 --products 100 --seed "$SEED" --warmup "$PREWARM" --duration 1 --progress 0 \
    >"$work/prewarm-$scenario.out" 2>&1 || { cat "$work/prewarm-$scenario.out" >&2; exit 1; }
done

if wants baseline; then tenant_calls baseline; fi

if wants onboard; then
  python3 bench/onboarding/businesses.py --count "$BUSINESSES" --countries "$COUNTRIES" --seed "$SEED" >"$work/onboard.csv"
  run_job onboard "$work/onboard.csv"
  curl -fsS -H "Authorization: Bearer $admin" "$base/actuator/prometheus" | grep '^plaza_onboarding_kyb' >"$work/kyb-metrics.txt" || true
fi

if wants topup; then
  missing=$(( (TENANTS - $(tenants) + 2) / 3 ))
  if (( missing > 0 )); then
    python3 bench/onboarding/businesses.py --count "$missing" --countries "$COUNTRIES" --seed "$((SEED + 1))" \
      --prefix Topup >"$work/topup.csv"
    run_job topup "$work/topup.csv"
  fi
fi

if wants crowded; then tenant_calls crowded; fi

if wants validate; then
  python3 bench/onboarding/businesses.py --count "$VALIDATE_ROWS" --countries "$COUNTRIES" --seed "$((SEED + 2))" \
    --invalid 0.1 --prefix Validate >"$work/validate.csv"
  run_job validate "$work/validate.csv" "?mode=validate"
fi

log_warnings
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
pg_version=$(psql_ -d postgres -At -c "SHOW server_version")
machine="$(nproc) cores ($cpu_model), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version · PostgreSQL $pg_version"
python3 bench/onboarding/table.py "$results" "$work/kyb-metrics.txt" "$(date -u +%Y-%m-%d)" "$command" "$machine" \
  "$(nproc)" "$KYB_LATENCY" "$KYB_TRANSIENT" >"$work/table.md"
cat "$work/table.md"
if [[ "$APPEND_RESULTS" == 1 ]]; then
  cat "$work/table.md" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
status=0
