#!/usr/bin/env bash
# Measures the shop's checkout: builds Plaza, starts a real SMTP server (GreenMail standalone, at the
# version the tests use, from Maven Central) and the jar on a fresh data directory pointed at it (the
# card-processor simulator is bundled), then offers checkouts at a fixed arrival rate with
# bench/loadgen (open model, latency from each request's intended send time, warm-up first):
#   checkout  POST /api/v1/orders for a cart filled before the run with 1-3 of PRODUCTS products: the
#             order and its payment intent
#   payment   POST /api/v1/payments/{id}/confirm with tok_approve, sent as each order is answered
#   lag       after the run every measured order is read until it is confirmed (stock taken, e-mail,
#             webhooks, in the background): the time from paid to confirmed in its status history;
#             then the confirmation e-mails the SMTP server received are counted (POP3)
# Appends machine, command and a table to docs/benchmarks.md. Plaza, its PostgreSQL and the SMTP
# server are stopped at the end, whatever happens.
#
#   bench/checkout.sh            (about 6 minutes, build included)
#
# Settings (environment):
#   CHECKOUT_RATE=300   checkouts/s offered
#   WARMUP=15  DURATION=30  SEED=42  MAX_IN_FLIGHT=2000
#   PRODUCTS=100        products of the shop, a million units each at one location
#   APPEND_RESULTS=1    0 prints the table without appending it to docs/benchmarks.md
#   PLAZA_JVM_OPTS=     extra options for Plaza's JVM
set -euo pipefail
cd "$(dirname "$0")/.."

defaults=(CHECKOUT_RATE=300 WARMUP=15 DURATION=30 SEED=42 MAX_IN_FLIGHT=2000 PRODUCTS=100 APPEND_RESULTS=1
  PLAZA_JVM_OPTS=)
source bench/settings.sh
apply_settings bench/checkout.sh "${defaults[@]}"

work=$(mktemp -d /tmp/plaza-checkout-bench-XXXXXX)
log_tag=checkout-bench
source bench/lib.sh
smtp_pid=""
stop_smtp() {
  if [[ -n "$smtp_pid" ]] && kill -0 "$smtp_pid" 2>/dev/null; then
    log "stopping the SMTP server (pid $smtp_pid)"
    kill "$smtp_pid" 2>/dev/null || true
    wait "$smtp_pid" 2>/dev/null || true
  fi
}
trap 'stop_smtp; cleanup' EXIT
trap 'exit 130' INT TERM

build_plaza
loadgen=bench/loadgen/target/plaza-loadgen.jar

# A real SMTP server for the confirmation e-mails, with POP3 to count what arrived.
greenmail_version=$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' pom.xml)
log "fetching GreenMail standalone $greenmail_version"
mvn -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$greenmail_version" -DoutputDirectory="$work" \
  >"$work/greenmail-fetch.log" 2>&1 || { cat "$work/greenmail-fetch.log" >&2; exit 1; }
smtp_port=$(free_port) pop3_port=$(free_port) api_port=$(free_port)
"$JAVA_HOME/bin/java" -Xmx512m -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" \
  -Dgreenmail.pop3.port="$pop3_port" -Dgreenmail.api.port="$api_port" -Dgreenmail.auth.disabled \
  -jar "$work/greenmail-standalone-$greenmail_version.jar" >"$work/greenmail.log" 2>&1 &
smtp_pid=$!
for _ in $(seq 300); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $smtp_port), 1).close()" 2>/dev/null && break
  kill -0 "$smtp_pid" 2>/dev/null || { cat "$work/greenmail.log" >&2; echo "GreenMail exited during startup" >&2; exit 1; }
  sleep 0.1
done
log "GreenMail $greenmail_version: SMTP on 127.0.0.1:$smtp_port, POP3 on $pop3_port (pid $smtp_pid)"
mailbox=orders@checkout.bench
mails() { # address: how many messages its mailbox holds
  python3 - "$pop3_port" "$1" <<'PY'
import poplib, sys
pop = poplib.POP3("127.0.0.1", int(sys.argv[1]), timeout=30)
pop.user(sys.argv[2]); pop.pass_("any")  # GreenMail runs without authentication
print(pop.stat()[0]); pop.quit()
PY
}

export SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$smtp_port
# shellcheck disable=SC2086 # the options are words
start_plaza $PLAZA_JVM_OPTS

admin=$(admin_token)
tenant=$(new_tenant "$admin" checkout-bench)
token=$(client_token "$admin" "$tenant" catalog:write orders:write orders:read payments:write)
log "tenant $tenant"

results="$work/results.jsonl"
: >"$results"
settle
log "checkout: $CHECKOUT_RATE orders/s, warm-up ${WARMUP}s, measured ${DURATION}s (carts filled first, not measured)"
PLAZA_TOKEN="$token" measure checkout generator -Xmx1g -jar "$loadgen" --base-url "$base" --scenario checkout \
  --rate "$CHECKOUT_RATE" --seed "$SEED" --warmup "$WARMUP" --duration "$DURATION" --max-in-flight "$MAX_IN_FLIGHT" \
  --products "$PRODUCTS" --email "$mailbox"

# E-mails go out after the confirmation commits: wait until the count stops growing (10 s) or reaches
# the confirmed orders.
confirmed=$(tail -1 "$results" | json '["ordersConfirmed"]')
received=0 still=0
for _ in $(seq 120); do
  now=$(mails "$mailbox")
  if (( now == received )); then still=$(( still + 1 )); else still=0; fi
  received=$now
  (( received >= confirmed || still >= 10 )) && break
  sleep 1
done
log "the SMTP server received $received confirmation e-mails for $confirmed confirmed measured orders"
# What went wrong in the background is only in Plaza's log (ECS JSON lines): its distinct warnings and errors.
python3 - "$work/plaza.log" <<'PY' >&2
import collections, json, re, sys
seen = collections.Counter()
for line in open(sys.argv[1], errors="replace"):
    try:
        entry = json.loads(line)
    except ValueError:
        continue
    # ECS fields, nested ({"log": {"level": …}}) or dotted ({"log.level": …}).
    field = lambda name: entry.get(name, (entry.get(name.split(".")[0]) or {}).get(name.split(".")[1], "")
                                   if isinstance(entry.get(name.split(".")[0]), dict) else "")
    fields = {"level": field("log.level"), "logger": field("log.logger")}
    if fields["level"] in ("WARN", "ERROR"):
        text = str(entry.get("message", "")) + " " + str(field("error.message"))
        text = re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "<id>", text)[:240]
        seen[f'{fields["level"]} {fields.get("logger", "")}: {text}'] += 1
for text, count in seen.most_common(15):
    print(f"    {count:6d} × {text}")
PY

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
pg_version=$(psql_ -d postgres -At -c "SHOW server_version")
machine="$(nproc) cores ($cpu_model), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version · PostgreSQL $pg_version"
python3 bench/checkout/table.py "$results" "$received" "$(date -u +%Y-%m-%d)" "$command" "$machine" "$(nproc)" >"$work/table.md"
cat "$work/table.md"
if [[ "$APPEND_RESULTS" == 1 ]]; then
  cat "$work/table.md" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
status=0
