#!/usr/bin/env bash
# Measures loan decisions: builds Plaza, starts the credit-bureau simulator in a JVM of its own (as a real
# bureau is another machine; BUREAU=bundled runs the one Plaza bundles, in Plaza's JVM) answering in
# BUREAU_LATENCY, starts the jar on a fresh data directory (durable: fsync and synchronous commit on), makes LENDERS Spanish
# lenders with the known product (12 %, 12 months, Spain's loan-eligibility rules) in the marketplace, then
# offers marketplace applications with bench/loadgen (open model, warm-up first), each by a new applicant
# the bureau scores 750, so every lender approves and offers. Each application is delivered to every lender
# and decided there: eligibility rules (CEL), the bureau over SOAP, the credit policy, the offer with its
# schedule and APR. Afterwards the database's own timestamps give, over the applications submitted in the
# measured window, how many were decided per second and the time from submission to the first offer.
# Appends machine, command and the table to docs/benchmarks.md. Plaza and its PostgreSQL stop at the end.
#
#   bench/lending-decisions.sh            (about 4 minutes, build included)
#
# Settings (environment):
#   RATE=250  LENDERS=2  BUREAU_LATENCY=100ms  WARMUP=20  DURATION=60  SEED=42  MAX_IN_FLIGHT=2000
#   BUREAU=own         own: the simulator in its own JVM (its CPU counts under "other processes"); bundled: in Plaza's
#   BUILD=1            0 runs the jars already in apps/plaza/target and bench/loadgen/target
#   APPEND_RESULTS=1   0 prints the table without appending it to docs/benchmarks.md
#   PLAZA_JVM_OPTS=    extra options for Plaza's JVM
set -euo pipefail
cd "$(dirname "$0")/.."
defaults=(RATE=250 LENDERS=2 BUREAU_LATENCY=100ms WARMUP=20 DURATION=60 SEED=42 MAX_IN_FLIGHT=2000 BUREAU=own
  BUILD=1 APPEND_RESULTS=1 PLAZA_JVM_OPTS=)
source bench/settings.sh
apply_settings bench/lending-decisions.sh "${defaults[@]}"
work=$(mktemp -d /tmp/plaza-decisions-bench-XXXXXX)
log_tag=decisions-bench
source bench/lib.sh
bureau_pid=""
stop_bureau() {
  if [[ -n "$bureau_pid" ]] && kill -0 "$bureau_pid" 2>/dev/null; then
    kill "$bureau_pid" 2>/dev/null || true
    wait "$bureau_pid" 2>/dev/null || true
  fi
}
trap 'stop_bureau; cleanup' EXIT
trap 'exit 130' INT TERM
if [[ "$BUILD" == 1 ]]; then
  build_plaza
else
  JAVA_HOME=$(./plaza jdk)
  export JAVA_HOME
fi
loadgen=bench/loadgen/target/plaza-loadgen.jar
if [[ "$BUREAU" == own ]]; then
  # The simulator from Plaza's own jar, by Spring Boot's launcher: the same classes the bundled one runs. It
  # names the JDK's TransformerFactory as Plaza's adapter does (TransformerLookup): SAAJ would otherwise
  # search the jar's nested jars for one on every message.
  bureau_port=$(free_port)
  bureau_latency=$(python3 -c 'import sys; v = sys.argv[1]; print("PT%gS" % (float(v[:-2]) / 1000) if v.endswith("ms") else "PT" + v.upper())' "$BUREAU_LATENCY")
  "$JAVA_HOME/bin/java" -Xmx512m -Dloader.main=dev.plaza.sims.creditbureau.CreditBureauSimulator \
    -Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl \
    -cp apps/plaza/target/plaza.jar org.springframework.boot.loader.launch.PropertiesLauncher \
    "--port=$bureau_port" "--latency=$bureau_latency" >"$work/bureau.log" 2>&1 &
  bureau_pid=$!
  for _ in $(seq 300); do
    grep -q 'Simulated credit bureau at' "$work/bureau.log" && break
    kill -0 "$bureau_pid" 2>/dev/null || { cat "$work/bureau.log" >&2; echo "The bureau simulator exited" >&2; exit 1; }
    sleep 0.1
  done
  log "credit bureau simulator (pid $bureau_pid) at 127.0.0.1:$bureau_port, latency $bureau_latency"
  bureau_option="-Dplaza.lending.bureau.url=http://127.0.0.1:$bureau_port/credit-bureau"
else
  bureau_option="-Dplaza.sims.credit-bureau.latency=$BUREAU_LATENCY"
fi
# shellcheck disable=SC2086 # the options are words
start_plaza "$bureau_option" $PLAZA_JVM_OPTS
admin=$(admin_token)
call() { # token method path body
  curl -fsS -X "$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$4" "$base$3" >/dev/null
}
for i in $(seq "$LENDERS"); do
  lender=$(new_tenant "$admin" "decisions-bench-lender-$i")
  lender_token=$(client_token "$admin" "$lender" lending:read lending:write config:write)
  call "$lender_token" PUT /api/v1/config/tenant '{"country": "ES", "overrides": {}}'
  call "$lender_token" POST /api/v1/lending/products '{"code": "KNOWN", "name": "Personal loan", "currency": "EUR",
    "minAmount": 100000, "maxAmount": 2000000, "termsMonths": [12, 24], "annualRateBasisPoints": 1200,
    "amortization": "declining_balance", "dayCount": "30/360", "repaymentFrequency": "monthly", "graceMonths": 0,
    "originationFeeBasisPoints": 0, "lateFee": 1500, "eligibilityRuleSet": "loan-eligibility"}'
  call "$lender_token" PUT /api/v1/lending/marketplace '{"participating": true, "countries": ["ES"]}'
  log "lender $i: $lender, in the Spanish marketplace"
done
marketplace=$(new_tenant "$admin" decisions-bench-marketplace)
token=$(client_token "$admin" "$marketplace" lending:read lending:write)
log "applications: $RATE/s, warm-up ${WARMUP}s, measured ${DURATION}s, bureau latency $BUREAU_LATENCY"
measured_from=$(( $(date +%s) + WARMUP ))
results="$work/results.jsonl"
: >"$results"
PLAZA_TOKEN="$token" measure applications generator -Xmx1g -jar "$loadgen" --base-url "$base" --scenario applications \
  --rate "$RATE" --seed "$SEED" --warmup "$WARMUP" --duration "$DURATION" --max-in-flight "$MAX_IN_FLIGHT"
log "waiting for the last decisions"
for _ in $(seq 120); do
  undecided=$(psql_ -d plaza -At -c "SELECT count(*) FROM lending.lender_applications WHERE status = 'received'")
  [[ "$undecided" == 0 ]] && break
  sleep 1
done
log_warnings
psql_ -d plaza -At -F $'\t' -v marketplace="$marketplace" -v from="$measured_from" -v lenders="$LENDERS" >"$work/decisions.tsv" <<'SQL'
WITH measured AS (
    SELECT a.id, a.submitted_at,
           (SELECT min(o.created_at) FROM lending.offers o WHERE o.application_id = a.id) AS first_offer,
           (SELECT max(c.decided_at) FROM lending.lender_applications c WHERE c.application_id = a.id) AS decided,
           (SELECT count(*) FROM lending.lender_applications c
             WHERE c.application_id = a.id AND c.status <> 'received') AS decisions
    FROM lending.applications a
    WHERE a.tenant_id = :'marketplace' AND a.submitted_at >= to_timestamp(:from)
)
SELECT count(*),
       count(*) FILTER (WHERE decisions = :lenders),
       count(first_offer),
       round((count(*) FILTER (WHERE decisions = :lenders)
              / extract(epoch FROM max(decided) - min(submitted_at)))::numeric, 1),
       round((1000 * percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_offer - submitted_at)))::numeric, 1),
       round((1000 * percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM first_offer - submitted_at)))::numeric, 1),
       round((1000 * percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM first_offer - submitted_at)))::numeric, 1),
       round((1000 * max(extract(epoch FROM first_offer - submitted_at)))::numeric, 1)
FROM measured;
SQL
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
pg_version=$(psql_ -d postgres -At -c "SHOW server_version")
machine="$(nproc) cores ($cpu_model), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version · PostgreSQL $pg_version (fsync on, synchronous_commit on)"
python3 bench/lending/decisions_table.py "$results" "$work/decisions.tsv" "$(date -u +%Y-%m-%d)" "$command" "$machine" \
  "$(nproc)" "$LENDERS" "$BUREAU_LATENCY" "$BUREAU" >"$work/table.md"
cat "$work/table.md"
if [[ "$APPEND_RESULTS" == 1 ]]; then
  cat "$work/table.md" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
status=0
