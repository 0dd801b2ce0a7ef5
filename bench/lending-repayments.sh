#!/usr/bin/env bash
# Measures repayments: builds Plaza, starts the jar on a fresh data directory (durable: fsync and
# synchronous commit on), stores LOANS loans of one lender directly in its PostgreSQL
# (bench/lending/loans.sql), then offers with bench/loadgen (open model, latency from each request's
# intended send time, warm-up first):
#   repayments  POST /api/v1/lending/loans/{id}/repayments of 1.00 on a random loan, a new reference each
#   single      the ledger alone, one transfer per request, at the same rate: what the repayment's own
#               ledger chain costs beside the rest of it
# Appends machine, command and the side-by-side table to docs/benchmarks.md. Plaza and its PostgreSQL
# are stopped at the end, whatever happens.
#
#   bench/lending-repayments.sh            (about 6 minutes, build included)
#
# Settings (environment):
#   RATE=1000  LOANS=10000  ACCOUNTS=10000  WARMUP=15  DURATION=45  SEED=42  MAX_IN_FLIGHT=2000
#   SCENARIOS="repayments single"
#   PREWARM=20  PREWARM_RATE=200   seconds and requests/s of repayments sent first (with another seed, so
#                                  other references) to warm the JIT, not measured (PREWARM=0 skips it)
#   BUILD=1            0 runs the jars already in apps/plaza/target and bench/loadgen/target
#   APPEND_RESULTS=1   0 prints the table without appending it to docs/benchmarks.md
#   PLAZA_JVM_OPTS=    extra options for Plaza's JVM
set -euo pipefail
cd "$(dirname "$0")/.."

defaults=(RATE=1000 LOANS=10000 ACCOUNTS=10000 WARMUP=15 DURATION=45 SEED=42 MAX_IN_FLIGHT=2000
  "SCENARIOS=repayments single" PREWARM=20 PREWARM_RATE=200 BUILD=1 APPEND_RESULTS=1 PLAZA_JVM_OPTS=)
source bench/settings.sh
apply_settings bench/lending-repayments.sh "${defaults[@]}"

work=$(mktemp -d /tmp/plaza-repayments-bench-XXXXXX)
log_tag=repayments-bench
source bench/lib.sh
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "$BUILD" == 1 ]]; then
  build_plaza
else
  JAVA_HOME=$(./plaza jdk)
  export JAVA_HOME
fi
loadgen=bench/loadgen/target/plaza-loadgen.jar
# The seeded loans date from January 2026: the nightly close of business would spend the run catching them up
# day by day, holding chunks of them locked. It is measured on its own (bench/close-of-business.sh).
# shellcheck disable=SC2086 # the options are words
start_plaza -Dplaza.lending.close-of-business.enabled=false $PLAZA_JVM_OPTS

admin=$(admin_token)
tenant=$(new_tenant "$admin" repayments-bench)
token=$(client_token "$admin" "$tenant" lending:read lending:write ledger:read ledger:write)
log "lender $tenant: storing $LOANS loans"
psql_ -d plaza -v tenant="$tenant" -v loans="$LOANS" -f bench/lending/loans.sql

if (( PREWARM > 0 )); then
  log "warming up Plaza: repayments at $PREWARM_RATE requests/s for ${PREWARM}s, not measured"
  PLAZA_TOKEN="$token" "$JAVA_HOME/bin/java" -Xmx1g -jar "$loadgen" --base-url "$base" --scenario repayments \
    --rate "$PREWARM_RATE" --accounts "$LOANS" --seed "$(( SEED + 1 ))" --warmup "$PREWARM" --duration 1 --progress 0 \
    >"$work/prewarm.out" 2>&1 || { cat "$work/prewarm.out" >&2; exit 1; }
fi

results="$work/results.jsonl"
: >"$results"
for scenario in $SCENARIOS; do
  settle
  log "$scenario: $RATE requests/s, warm-up ${WARMUP}s, measured ${DURATION}s"
  accounts=$ACCOUNTS
  [[ $scenario == repayments ]] && accounts=$LOANS
  PLAZA_TOKEN="$token" measure "$scenario" generator -Xmx1g -jar "$loadgen" --base-url "$base" --scenario "$scenario" \
    --rate "$RATE" --accounts "$accounts" --seed "$SEED" --warmup "$WARMUP" --duration "$DURATION" \
    --max-in-flight "$MAX_IN_FLIGHT"
done
log_warnings

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
pg_version=$(psql_ -d postgres -At -c "SHOW server_version")
machine="$(nproc) cores ($cpu_model), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version · PostgreSQL $pg_version (fsync on, synchronous_commit on)"
python3 bench/lending/table.py "$results" "$LOANS" "$(date -u +%Y-%m-%d)" "$command" "$machine" "$(nproc)" >"$work/table.md"
cat "$work/table.md"
if [[ "$APPEND_RESULTS" == 1 ]]; then
  cat "$work/table.md" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
status=0
