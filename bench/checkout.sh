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
trap 'stop_smtp; cleanup' EXIT
trap 'exit 130' INT TERM

build_plaza
loadgen=bench/loadgen/target/plaza-loadgen.jar

start_smtp # the confirmation e-mails go to a real SMTP server, with POP3 to count what arrived
mailbox=orders@checkout.bench
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
log_warnings # what went wrong in the background is only in Plaza's log

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
