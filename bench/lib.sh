# Shell functions shared by the benchmark scripts: start Plaza on a fresh data directory, get tokens,
# sample CPU per process, and stop Plaza and its PostgreSQL whatever happens. Source it after setting
# `work` (a temp directory) and `log_tag`; it sets `home`, `pid`, `child`, `status`, `base`, `pg_port`.

home="$work/home"
mkdir -p "$home"
pid="" child="" status=1 # child: the load generator running now
log() { echo "[$log_tag $(date +%H:%M:%S)] $*" >&2; }
postmaster_pid() { if [[ -f "$home/postgres/postmaster.pid" ]]; then head -1 "$home/postgres/postmaster.pid"; fi; }

cleanup() {
  local pm
  pm=$(postmaster_pid)
  if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then
    kill "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    log "stopping Plaza (pid $pid) and its PostgreSQL"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    wait "$pid" 2>/dev/null || true
  fi
  # pg_ctl runs PostgreSQL as a daemon, not as a child of the JVM: make sure it is down too.
  if [[ -n "$pm" ]] && kill -0 "$pm" 2>/dev/null; then
    kill -INT "$pm" 2>/dev/null || true # fast shutdown
    for _ in $(seq 300); do kill -0 "$pm" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pm" 2>/dev/null; then kill -9 "$pm" 2>/dev/null || true; fi
  fi
  if [[ $status -eq 0 ]]; then
    rm -rf "$work"
  else
    rm -rf "$home"
    echo "Failed; logs kept in $work" >&2
  fi
}

build_plaza() {
  log "building Plaza and the benchmark tools (./plaza build)"
  JAVA_HOME=$(./plaza jdk) # the JDK ./plaza builds and runs with
  export JAVA_HOME
  if ! ./plaza build >"$work/build.log" 2>&1; then
    tail -40 "$work/build.log" >&2
    exit 1
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_plaza() { # extra JVM options...
  local port
  port=$(free_port)
  base="http://127.0.0.1:$port"
  admin_secret=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
  log "starting Plaza on port $port, PLAZA_HOME=$home"
  PLAZA_HOME="$home" PORT="$port" PLAZA_ADMIN_CLIENT_SECRET="$admin_secret" PLAZA_IDENTITY_ACCESSTOKENTTL=2h \
    "$JAVA_HOME/bin/java" "$@" -jar apps/plaza/target/plaza.jar >"$work/plaza.log" 2>&1 &
  pid=$!
  for _ in $(seq 1200); do
    curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/plaza.log" >&2; echo "Plaza exited during startup" >&2; exit 1; }
    sleep 0.1
  done
  curl -fs "$base/actuator/health/readiness" >/dev/null || { echo "Plaza not ready after 120 s" >&2; exit 1; }
  pg_port=$(sed -n 4p "$home/postgres/postmaster.pid")
  log "Plaza ready; its PostgreSQL listens on 127.0.0.1:$pg_port"
}

psql_() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }
token_for() { curl -fsS -u "$1:$2" -d grant_type=client_credentials "$base/oauth2/token" | json '["access_token"]'; }
admin_token() { token_for plaza-admin "$admin_secret"; }

# A new organization's tenant id, and a token of a client of it holding the given scopes.
new_tenant() { # admin-token slug
  curl -fsS -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $2-$(date +%s%N)" -d "{\"slug\": \"$2\", \"name\": \"$2\"}" \
    "$base/api/v1/organizations" | json '["tenants"][0]["id"]'
}
client_token() { # admin-token tenant scope...
  local admin=$1 tenant=$2 scopes client
  shift 2
  scopes=$(printf '"%s",' "$@")
  client=$(curl -fsS -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"name\": \"bench\", \"scopes\": [${scopes%,}]}" "$base/api/v1/tenants/$tenant/clients")
  token_for "$(echo "$client" | json '["clientId"]')" "$(echo "$client" | json '["clientSecret"]')"
}

# CPU time of Plaza's JVM (or JVMs), of its PostgreSQL (postmaster, live backends, and backends that exited,
# whose time moves to the postmaster's children counters), of the load generator, of every other
# process, and the whole machine's busy time. Prints one JSON object of clock ticks.
cpu_snapshot() { # generator-pid; Plaza's JVM is $pid, and every pid in $more_jvms counts with it
  python3 - "$(postmaster_pid)" "$1" "$pid" ${more_jvms:-} <<'PY'
import json, os, sys, time
pm, gen = (int(a) for a in sys.argv[1:3])
jvms = {int(a) for a in sys.argv[3:]}
def stat(p):  # (ppid, own ticks, waited-for children's ticks)
    try:
        with open(f"/proc/{p}/stat") as f:
            s = f.read()
    except OSError:
        return None
    r = s[s.rindex(")") + 2:].split()
    return int(r[1]), int(r[11]) + int(r[12]), int(r[13]) + int(r[14])
snap = {"t": time.time_ns(), "jvm": 0, "pg": 0, "gen": 0, "others": {}}
me = os.getpid()
for d in os.listdir("/proc"):
    if not d.isdigit() or int(d) == me:
        continue
    p, s = int(d), stat(d)
    if s is None:
        continue
    if p in jvms:
        snap["jvm"] += s[1]
    elif p == gen:
        snap["gen"] = s[1]
    elif p == pm:
        snap["pg"] += s[1] + s[2]
    elif s[0] == pm:
        snap["pg"] += s[1]
    else:
        snap["others"][d] = s[1]
with open("/proc/stat") as f:
    v = [int(x) for x in f.readline().split()[1:]]
snap["busy"] = sum(v[:8]) - v[3] - v[4]  # all but idle and iowait
print(json.dumps(snap))
PY
}
cpu_usage() { # before after generator-label: each as % of one core over the interval
  python3 - "$1" "$2" "$3" "$(getconf CLK_TCK)" <<'PY'
import json, sys
a, b, label, hz = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3], int(sys.argv[4])
secs = (b["t"] - a["t"]) / 1e9
pct = lambda ticks: ticks / hz / secs * 100
jvm, pg, gen = (pct(b[k] - a[k]) for k in ("jvm", "pg", "gen"))
others = pct(sum(t - a["others"].get(p, 0) for p, t in b["others"].items()))
print(f"JVM {jvm:.0f} · PostgreSQL {pg:.0f} · {label} {gen:.0f} · other processes {others:.0f}")
PY
}

# Requests the generator gave up on may still be running in Plaza: start each measurement on an idle
# database (no statement running for 2 s in a row; at most 60 s of waiting).
# Waits until Plaza's JVM has been nearly idle (under a fifth of a core) for three seconds, such as
# after a search-index rebuild whose segment merges go on in the background; echoes the seconds waited.
jvm_idle() {
  local ticks=$(getconf CLK_TCK) quiet=0 waited=0 before now
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  while (( quiet < 3 && waited < 600 )); do
    sleep 1
    waited=$(( waited + 1 ))
    now=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    if (( (now - before) * 5 < ticks )); then quiet=$(( quiet + 1 )); else quiet=0; fi
    before=$now
  done
  echo "$waited"
}

settle() {
  local quiet=0 busy
  for _ in $(seq 120); do
    busy=$(psql_ -d postgres -At -c "SELECT count(*) FROM pg_stat_activity
      WHERE backend_type = 'client backend' AND state <> 'idle' AND pid <> pg_backend_pid()")
    if [[ $busy == 0 ]]; then
      quiet=$(( quiet + 1 ))
      (( quiet >= 4 )) && return 0
    else
      quiet=0
    fi
    sleep 0.5
  done
  log "PostgreSQL still busy after 60 s; measuring anyway"
}

# Runs a Java load program whose output marks the measured window with "# measuring" and
# "# measured window over", sampling CPU at those marks; appends its last JSON line, with the CPU
# split under "cpu" and the given label under "row", to $results.
measure() { # row-label generator-label java-args...
  local row=$1 label=$2 gen line before="" after=""
  shift 2
  local out="$work/$row.out" fifo="$work/$row.fifo"
  mkfifo "$fifo"
  "$JAVA_HOME/bin/java" "$@" >"$fifo" 2>&1 &
  gen=$! child=$!
  while IFS= read -r line; do
    echo "$line" >>"$out"
    echo "    $line" >&2
    case $line in
      "# measuring") before=$(cpu_snapshot "$gen") ;;
      "# measured window over"*) after=$(cpu_snapshot "$gen") ;;
    esac
  done <"$fifo"
  wait "$gen" || { echo "$row failed (see above)" >&2; exit 1; }
  python3 - "$(grep '^{' "$out" | tail -1)" "$(cpu_usage "$before" "$after" "$label")" "$row" >>"$results" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
r["cpu"], r["row"] = sys.argv[2], sys.argv[3]
print(json.dumps(r))
PY
}

# A real SMTP server (GreenMail standalone, at the version the tests use, from Maven Central) on free
# ports, with POP3 to count what arrived; sets `smtp_port` and `pop3_port`. Stop it with stop_smtp.
smtp_pid=""
start_smtp() {
  local greenmail_version api_port
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
}
stop_smtp() {
  if [[ -n "$smtp_pid" ]] && kill -0 "$smtp_pid" 2>/dev/null; then
    log "stopping the SMTP server (pid $smtp_pid)"
    kill "$smtp_pid" 2>/dev/null || true
    wait "$smtp_pid" 2>/dev/null || true
  fi
}
mails() { # address: how many messages its mailbox holds
  python3 - "$pop3_port" "$1" <<'PY'
import poplib, sys
pop = poplib.POP3("127.0.0.1", int(sys.argv[1]), timeout=30)
pop.user(sys.argv[2]); pop.pass_("any")  # GreenMail runs without authentication
print(pop.stat()[0]); pop.quit()
PY
}

# Plaza's distinct warnings and errors (its log is ECS JSON lines), the most frequent first, to stderr.
log_warnings() {
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
}
