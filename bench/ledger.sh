#!/usr/bin/env bash
# Measures the ledger: builds Plaza, starts the jar on a fresh data directory (durable: fsync and
# synchronous commit on), and offers the ledger API three workloads at fixed arrival rates with
# bench/loadgen (open model, latency from each request's intended send time):
#   batched  BATCH transfers per request between random pairs of ACCOUNTS accounts
#   single   one transfer per request
#   hot      BATCH transfers per request, each crediting ONE shared fee account
# then runs pgbench on the same embedded PostgreSQL, in a database of its own: TPC-B at scale 10,
# and the same transaction with every client updating one branch row. Appends machine, command and
# a side-by-side table to docs/benchmarks.md. Plaza and its PostgreSQL are stopped at the end,
# whatever happens.
#
#   bench/ledger.sh            (about 7 minutes, build included)
#
# Settings (environment):
#   BATCHED_RATE=20  SINGLE_RATE=3000  HOT_RATE=$BATCHED_RATE   requests/s offered
#   BATCH=1000  ACCOUNTS=10000  WARMUP=10  DURATION=45  SEED=42  MAX_IN_FLIGHT=2000
#   PREWARM=20  PREWARM_RATE=300   seconds and requests/s of one-transfer requests sent first to warm
#                                  the JIT, not measured (PREWARM=0 skips it)
#   SCENARIOS="batched single hot"
#   PGBENCH_SCALE=10  PGBENCH_CLIENTS=8  PGBENCH_THREADS=2  PGBENCH_DURATION=60
#   APPEND_RESULTS=1   0 prints the table without appending it to docs/benchmarks.md
#   PLAZA_JVM_OPTS=    extra options for Plaza's JVM, for example a JFR recording to profile a run:
#                      PLAZA_JVM_OPTS=-XX:StartFlightRecording=filename=/tmp/plaza.jfr,settings=profile
set -euo pipefail
cd "$(dirname "$0")/.."

defaults=(BATCHED_RATE=20 SINGLE_RATE=3000 HOT_RATE= BATCH=1000 ACCOUNTS=10000 WARMUP=10 DURATION=45 SEED=42
  MAX_IN_FLIGHT=2000 PREWARM=20 PREWARM_RATE=300 "SCENARIOS=batched single hot" PGBENCH_SCALE=10 PGBENCH_CLIENTS=8 PGBENCH_THREADS=2
  PGBENCH_DURATION=60 APPEND_RESULTS=1 PLAZA_JVM_OPTS=)
source bench/settings.sh
apply_settings bench/ledger.sh "${defaults[@]}"
HOT_RATE=${HOT_RATE:-$BATCHED_RATE}

work=$(mktemp -d /tmp/plaza-ledger-bench-XXXXXX)
log_tag=ledger-bench
source bench/lib.sh
trap cleanup EXIT
trap 'exit 130' INT TERM

build_plaza
loadgen=bench/loadgen/target/plaza-loadgen.jar
# shellcheck disable=SC2086 # the options are words
start_plaza $PLAZA_JVM_OPTS

# A tenant token with ledger:read and ledger:write, the way a client gets one.
admin=$(admin_token)
tenant=$(new_tenant "$admin" bench)
token=$(client_token "$admin" "$tenant" ledger:read ledger:write)

top_sample() { # the busy processes over the next second, into file $1
  top -b -i -n 2 -d 1 -w 160 | awk '/^top -/ { frame++ } frame == 2' | head -20 >"$1" || true
}

# Warms Plaza's JIT on the request path once, at a rate it sustains, before anything is measured.
prewarm() {
  log "warming up Plaza: one transfer per request at $PREWARM_RATE requests/s for ${PREWARM}s, not measured"
  PLAZA_TOKEN="$token" "$JAVA_HOME/bin/java" -Xmx1g -jar "$loadgen" --base-url "$base" --scenario single \
    --rate "$PREWARM_RATE" --accounts "$ACCOUNTS" --seed "$SEED" --warmup "$PREWARM" --duration 1 --progress 0 \
    >"$work/prewarm.out" 2>&1 || { cat "$work/prewarm.out" >&2; exit 1; }
}

# Each measurement adds one JSON line here; the table is made from them at the end.
results="$work/results.jsonl"
: >"$results"

run_scenario() { # scenario rate batch
  local name=$1 rate=$2 batch=$3 gen line before="" after="" measuring_since=0
  local out="$work/$name.out" fifo="$work/$name.fifo"
  log "scenario $name: $rate requests/s × $batch transfer(s), warm-up ${WARMUP}s, measured ${DURATION}s"
  mkfifo "$fifo"
  PLAZA_TOKEN="$token" "$JAVA_HOME/bin/java" -Xmx1g -jar "$loadgen" --base-url "$base" \
    --scenario "$name" --rate "$rate" --batch "$batch" --accounts "$ACCOUNTS" --seed "$SEED" \
    --warmup "$WARMUP" --duration "$DURATION" --max-in-flight "$MAX_IN_FLIGHT" >"$fifo" 2>&1 &
  gen=$! child=$!
  while IFS= read -r line; do
    echo "$line" >>"$out"
    echo "    $line" >&2
    case $line in
      "# measuring")
        before=$(cpu_snapshot "$gen")
        measuring_since=$SECONDS ;;
      "# measured window over"*)
        after=$(cpu_snapshot "$gen") ;;
      *)
        if (( measuring_since > 0 && SECONDS - measuring_since >= DURATION / 2 )) && [[ ! -f "$work/$name.top" ]]; then
          top_sample "$work/$name.top"
        fi ;;
    esac
  done <"$fifo"
  wait "$gen" || { echo "load generator failed for $name (see above)" >&2; exit 1; }
  if [[ -f "$work/$name.top" ]]; then echo "    top, mid-window:" >&2; sed 's/^/      /' "$work/$name.top" >&2; fi
  python3 - "$(grep '^{' "$out" | tail -1)" "$(cpu_usage "$before" "$after" generator)" >>"$results" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
r["kind"], r["cpu"] = "api", sys.argv[2]
print(json.dumps(r))
PY
}

(( PREWARM > 0 )) && prewarm
for scenario in $SCENARIOS; do
  settle
  case $scenario in
    batched) run_scenario batched "$BATCHED_RATE" "$BATCH" ;;
    single) run_scenario single "$SINGLE_RATE" 1 ;;
    hot) run_scenario hot "$HOT_RATE" "$BATCH" ;;
    *) echo "unknown scenario '$scenario' in SCENARIOS" >&2; exit 2 ;;
  esac
done

# pgbench on the same server, in its own database.
settle
log "pgbench: initializing scale $PGBENCH_SCALE in database pgbench"
psql_ -d postgres -c "CREATE DATABASE pgbench"
pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -i -s "$PGBENCH_SCALE" -q pgbench >"$work/pgbench-init.log" 2>&1 \
  || { cat "$work/pgbench-init.log" >&2; exit 1; }
# pgbench's built-in tpcb-like transaction, except that every one updates branch 1: one hot row.
cat >"$work/hot-row.sql" <<'SQL'
\set aid random(1, 100000 * :scale)
\set bid 1
\set tid random(1, 10 * :scale)
\set delta random(-5000, 5000)
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
UPDATE pgbench_tellers SET tbalance = tbalance + :delta WHERE tid = :tid;
UPDATE pgbench_branches SET bbalance = bbalance + :delta WHERE bid = :bid;
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (:tid, :bid, :aid, :delta, CURRENT_TIMESTAMP);
END;
SQL

run_pgbench() { # name script-option...
  local name=$1 before after bench
  shift
  log "pgbench $name: $PGBENCH_CLIENTS clients, $PGBENCH_THREADS threads, ${PGBENCH_DURATION}s"
  mkdir -p "$work/$name-log"
  pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -c "$PGBENCH_CLIENTS" -j "$PGBENCH_THREADS" \
    -T "$PGBENCH_DURATION" -P 10 -l --log-prefix="$work/$name-log/tx" "$@" pgbench >"$work/$name.out" 2>&1 &
  bench=$! child=$!
  # CPU is sampled over all but the last two seconds, while pgbench still runs.
  before=$(cpu_snapshot "$bench")
  sleep $(( PGBENCH_DURATION > 4 ? PGBENCH_DURATION / 2 - 1 : 0 ))
  top_sample "$work/$name.top" # takes a second
  sleep $(( PGBENCH_DURATION > 4 ? PGBENCH_DURATION - PGBENCH_DURATION / 2 - 2 : 0 ))
  after=$(cpu_snapshot "$bench")
  wait "$bench" || { cat "$work/$name.out" >&2; exit 1; }
  sed 's/^/    /' "$work/$name.out" >&2
  echo "    top, mid-run:" >&2
  sed 's/^/      /' "$work/$name.top" >&2
  # Latency percentiles from the per-transaction logs (client, transaction, latency in µs, ...).
  python3 - "$name" "$work/$name.out" "$work/$name-log" "$(cpu_usage "$before" "$after" pgbench)" >>"$results" <<'PY'
import glob, json, re, sys
name, out, logs, cpu = sys.argv[1:5]
text = open(out).read()
tps = float(re.search(r"^tps = ([0-9.]+)", text, re.M).group(1))
failed = re.search(r"^number of failed transactions: ([0-9]+)", text, re.M)
lat = []
for path in glob.glob(logs + "/tx*"):
    with open(path) as f:
        lat += [int(line.split()[2]) for line in f if line.strip()]
lat.sort()
pick = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))] / 1000 if lat else None
print(json.dumps({"kind": "pgbench", "scenario": name, "tps": tps, "transactions": len(lat),
                  "failed": int(failed.group(1)) if failed else 0, "p50Ms": pick(50), "p95Ms": pick(95),
                  "p99Ms": pick(99), "maxMs": lat[-1] / 1000 if lat else None, "cpu": cpu}))
PY
}
run_pgbench tpcb -b tpcb-like
run_pgbench hot-row -s "$PGBENCH_SCALE" -f "$work/hot-row.sql" # -s: custom scripts get :scale from it

# The table.
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
pg_version=$(psql_ -d postgres -At -c "SHOW server_version")
durability=$(psql_ -d postgres -At -c "SELECT string_agg(name || ' ' || setting, ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit')")
machine="$(nproc) cores ($cpu_model), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version · PostgreSQL $pg_version ($durability)"
python3 - "$results" "$(date -u +%Y-%m-%d)" "$command" "$machine" "$(nproc)" "$BATCH" "$PGBENCH_CLIENTS" \
  "$PGBENCH_SCALE" >"$work/table.md" <<'PY'
import json, sys
path, date, command, machine, cores, batch, clients, scale = sys.argv[1:9]
rows = {}
for line in open(path):
    r = json.loads(line)
    rows[r["scenario"]] = r
n = lambda v: "—" if v is None else f"{v:,.0f}"
ms = lambda v: "—" if v is None else f"{v:.1f} ms"
labels = {
    "batched": f"batched API ({batch} transfers per request)",
    "single": "one transfer per request",
    "hot": f"hot account ({batch} per request, every transfer credits one fee account)",
    "tpcb": f"pgbench TPC-B (tpcb-like), scale {scale}",
    "hot-row": f"pgbench hot row (tpcb-like, every transaction on branch 1), scale {scale}",
}
print()
print(f"### Ledger — {date}")
print()
print(f"Command: `{command}` · machine: {machine} · Plaza, its PostgreSQL, the load generator and pgbench "
      "share the machine")
print()
print(f"| workload | offered | achieved | P50 | P95 | P99 | errors | CPU during the measurement, % of one core (the machine has {int(cores) * 100}) |")
print("|---|---|---|---|---|---|---|---|")
for key, label in labels.items():
    r = rows.get(key)
    if r is None:
        continue
    if r["kind"] == "api":
        offered = f"{n(r['offeredRequestsPerSec'])} req/s" + (
            f" × {r['batch']} = {n(r['offeredTransfersPerSec'])} transfers/s" if r["batch"] > 1 else "")
        achieved = f"{n(r['transfersPerSec'])} transfers/s" + (
            f" ({r['requestsPerSec']:,.1f} req/s)" if r["batch"] > 1 else "")
        errors = f"{r['errors']:,}" + (f" (+{r['transfersNotOk']:,} transfers not ok)" if r["transfersNotOk"] else "")
    else:
        offered = f"closed loop, {clients} clients"
        achieved = f"{n(r['tps'])} tps"
        errors = f"{r['failed']:,}"
    print(f"| {label} | {offered} | {achieved} | {ms(r['p50Ms'])} | {ms(r['p95Ms'])} | {ms(r['p99Ms'])} "
          f"| {errors} | {r['cpu']} |")
print()
parts = []
if "hot" in rows and "batched" in rows and rows["batched"]["transfersPerSec"]:
    parts.append(f"Hot account: {100 * rows['hot']['transfersPerSec'] / rows['batched']['transfersPerSec']:.0f}% "
                 "of the uniform (batched) rate")
if "hot-row" in rows and "tpcb" in rows and rows["tpcb"]["tps"]:
    parts.append(f"pgbench hot row: {100 * rows['hot-row']['tps'] / rows['tpcb']['tps']:.0f}% of TPC-B")
others = max((float(r["cpu"].split("other processes ", 1)[1].split()[0]) for r in rows.values()), default=0)
if others >= 20:
    print(f"Other processes on the machine used up to {others:.0f}% of one core during these measurements (CPU "
          "column): the numbers are lower than on an otherwise idle machine.")
    print()
print("; ".join(parts) + ". Targets (reported, not asserted): batched ≥ 20,000 transfers/s; one transfer per "
      "request ≥ 3,000 req/s with P99 < 50 ms; hot account ≥ 80% of uniform.")
PY
cat "$work/table.md"
if [[ "$APPEND_RESULTS" == 1 ]]; then
  cat "$work/table.md" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
status=0
