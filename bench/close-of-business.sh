#!/usr/bin/env bash
# Measures the close of business: builds Plaza, starts the jar on a fresh data directory with its own
# scheduler off, seeds LOANS active loans of one lender set-wise in SQL (apps/plaza/src/test/resources/lending/
# seed-active-loans.sql: 6, 12 or 18 monthly installments each, disbursed over the last months so that every
# loan is running, ARREARS % of them owing their last 1 to 120 days), then closes the next business day with
# one POST /api/v1/lending/close-of-business and reports loans/s (wall time of the request) and the day's
# counts, with the CPU of Plaza's JVM and of PostgreSQL over the run. A second run of the same date shows
# what a repeat costs (nothing to do). Appends machine, command and table to docs/benchmarks.md.
# Plaza and its PostgreSQL are stopped at the end, whatever happens.
#
#   bench/close-of-business.sh      (about 10 minutes for 1,000,000 loans, build included)
#
# Settings (environment):
#   LOANS=1000000  ARREARS=6  BUSINESS_DATE=2027-03-01 (the seeded loans' date; the run closes the day after)
#   CHUNK_SIZE=10000  WORKERS=2   plaza.lending.close-of-business.chunk-size and .workers
#   SEED=0.42  BUILD=1 (0 runs apps/plaza/target/plaza.jar as it is)
#   APPEND_RESULTS=1   0 prints the table without appending it to docs/benchmarks.md
#   PLAZA_JVM_OPTS=    extra options for Plaza's JVM
set -euo pipefail
cd "$(dirname "$0")/.."

defaults=(LOANS=1000000 ARREARS=6 BUSINESS_DATE=2027-03-01 CHUNK_SIZE=10000 WORKERS=2 SEED=0.42 BUILD=1
  APPEND_RESULTS=1 PLAZA_JVM_OPTS=)
source bench/settings.sh
apply_settings bench/close-of-business.sh "${defaults[@]}"

work=$(mktemp -d /tmp/plaza-close-of-business-bench-XXXXXX)
log_tag=close-of-business-bench
source bench/lib.sh
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "$BUILD" == 1 ]]; then build_plaza; else JAVA_HOME=${JAVA_HOME:-$(./plaza jdk)}; export JAVA_HOME; fi
export PLAZA_LENDING_CLOSEOFBUSINESS_ENABLED=false PLAZA_LENDING_CLOSEOFBUSINESS_CHUNKSIZE=$CHUNK_SIZE \
  PLAZA_LENDING_CLOSEOFBUSINESS_WORKERS=$WORKERS
# shellcheck disable=SC2086 # the options are words
start_plaza $PLAZA_JVM_OPTS

admin=$(admin_token)
tenant=$(new_tenant "$admin" close-of-business-bench)
token=$(client_token "$admin" "$tenant" lending:read lending:write)

log "seeding $LOANS active loans at $BUSINESS_DATE"
seed_started=$(date +%s)
psql_ -d plaza -v tenant="$tenant" -v loans="$LOANS" -v business_date="$BUSINESS_DATE" -v arrears_percent="$ARREARS" \
  -v domain=borrowers.example -v seed="$SEED" -f apps/plaza/src/test/resources/lending/seed-active-loans.sql >/dev/null
psql_ -d plaza -c "VACUUM ANALYZE lending.loans" -c "VACUUM ANALYZE lending.installments"
installments=$(psql_ -d plaza -At -c "SELECT count(*) FROM lending.installments WHERE tenant_id = '$tenant'")
log "seeded in $(( $(date +%s) - seed_started )) s: $LOANS loans, $installments installments"
day=$(date -d "$BUSINESS_DATE + 1 day" +%F)

close_day() { # label
  local before after started finished body
  settle
  before=$(cpu_snapshot 0)
  started=$(date +%s%N)
  body=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"businessDate\": \"$day\"}" "$base/api/v1/lending/close-of-business")
  finished=$(date +%s%N)
  after=$(cpu_snapshot 0)
  python3 - "$1" "$body" "$started" "$finished" "$(cpu_usage "$before" "$after" "curl")" >>"$work/results.jsonl" <<'PY'
import json, sys
label, body, started, finished, cpu = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
run = body["items"][0]
seconds = (finished - started) / 1e9
print(json.dumps({"row": label, "seconds": seconds, "run": run, "cpu": cpu.replace(" · curl 0", "")}))
PY
  log "$1: $(tail -1 "$work/results.jsonl")"
}
: >"$work/results.jsonl"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
close_day "close $day"
close_day "again (nothing to do)"
closed=$(psql_ -d plaza -At -c "SELECT count(*) FROM lending.loans WHERE tenant_id = '$tenant' AND business_date = '$day'")
[[ $closed == "$LOANS" ]] || { echo "only $closed of $LOANS loans reached $day" >&2; exit 1; }

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
pg_version=$(psql_ -d postgres -At -c "SHOW server_version")
machine="$(nproc) cores ($cpu_model), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version · PostgreSQL $pg_version"
python3 - "$work/results.jsonl" "$(date -u +%Y-%m-%d)" "$command" "$machine" "$LOANS" "$installments" "$load_before" \
  >"$work/table.md" <<'PY'
import json, sys
path, date, command, machine, loans, installments, load = sys.argv[1:]
rows = [json.loads(line) for line in open(path)]
print(f"\n### Close of business — {date}\n")
print(f"`{command}` · {machine} · {int(loans):,} active loans, {int(installments):,} installments · one lender · "
      f"load average before the run {load}\n")
print("| run | loans closed | loans/s | seconds | loans per CPU-second of Plaza + PostgreSQL | due | overdue | late fees "
      "| delinquent | CPU (% of one core) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for r in rows:
    run, s = r["run"], r["seconds"]
    rate = f"{run['loans'] / s:,.0f}" if run["loans"] else "–"
    # The CPU Plaza's JVM and PostgreSQL spent, whatever else ran on the machine meanwhile.
    spent = [float(part.split()[-1]) for part in r["cpu"].split(" · ") if part.split()[0] in ("JVM", "PostgreSQL")]
    per_cpu = f"{run['loans'] / (sum(spent) / 100 * s):,.0f}" if run["loans"] and sum(spent) else "–"
    print(f"| {r['row']} | {run['loans']:,} | {rate} | {s:.1f} | {per_cpu} | {run['installmentsDue']:,} "
          f"| {run['installmentsOverdue']:,} | {run['lateFees']:,} | {run['delinquent']:,} | {r['cpu']} |")
PY
cat "$work/table.md"
if [[ "$APPEND_RESULTS" == 1 ]]; then
  cat "$work/table.md" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
status=0
