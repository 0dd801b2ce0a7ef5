#!/usr/bin/env bash
# Measures the standalone app: time from launch to ready (readiness probe answers UP) on a first
# start (new data directory: initdb and migrations) and on later starts, and the resident memory
# of the JVM and of its PostgreSQL once ready. Appends the results to docs/benchmarks.md.
#
#   bench/startup.sh [runs]        (default 5 later starts)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

./plaza build >/dev/null 2>&1
JAVA_HOME=$(./plaza jdk) # the JDK ./plaza builds and runs with
jar=apps/plaza/target/plaza.jar
home=$(mktemp -d /tmp/plaza-bench-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pid=""
trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$home"' EXIT

rss_kb() { ps -o rss= -p "$1" | tr -d ' '; }
tree_rss_kb() { # the process and all its descendants
  local total=0 p
  for p in $(pstree -p "$1" | grep -o '([0-9]\+)' | tr -d '()'); do
    total=$(( total + $(ps -o rss= -p "$p" 2>/dev/null | tr -d ' ' || echo 0) ))
  done
  echo "$total"
}

start_and_time() { # sets pid and elapsed_ms
  local t0 t1
  t0=$(date +%s%N)
  PLAZA_HOME="$home" PORT="$port" "$JAVA_HOME/bin/java" -jar "$jar" >>"$home/plaza.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.05; done
  t1=$(date +%s%N)
  elapsed_ms=$(( (t1 - t0) / 1000000 ))
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

start_and_time
first=$elapsed_ms
stop
later=()
for _ in $(seq "$runs"); do
  start_and_time
  later+=("$elapsed_ms")
  jvm=$(rss_kb "$pid")
  # pg_ctl starts the server as a daemon, so it is not a child of the JVM: find it by its pid file.
  postgres=$(tree_rss_kb "$(head -1 "$home/postgres/postmaster.pid")")
  stop
done
sorted=$(printf '%s\n' "${later[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
best=$(echo "$sorted" | head -1)
worst=$(echo "$sorted" | tail -1)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
{
  echo
  echo "### Standalone startup and memory — $(date -u +%Y-%m-%d)"
  echo
  echo "Command: \`bench/startup.sh $runs\` · machine: $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB · $java_version"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| first start, new data directory (initdb, migrations, key generation) to ready | $(awk "BEGIN {printf \"%.1f\", $first/1000}") s |"
  echo "| later start to ready, median of $runs (best – worst) | $(awk "BEGIN {printf \"%.1f\", $median/1000}") s ($(awk "BEGIN {printf \"%.1f\", $best/1000}") – $(awk "BEGIN {printf \"%.1f\", $worst/1000}") s) |"
  echo "| resident memory of the JVM once ready | $(( jvm / 1024 )) MiB |"
  echo "| resident memory of its PostgreSQL server (all processes, shared buffers counted per process) | $(( postgres / 1024 )) MiB |"
} | tee -a docs/benchmarks.md
