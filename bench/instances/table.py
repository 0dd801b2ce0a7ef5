"""Makes bench/instances.sh's Markdown table from the JSON line of each measurement.

    python3 bench/instances/table.py results.jsonl notes.txt DATE COMMAND MACHINE CORES APPS
"""
import json
import sys

path, notes_path, date, command, machine, cores, apps = sys.argv[1:8]
what = {"plaza": "Plaza instances", "services": "service instances (ledger-service, catalog-service)"}[apps]
rows = [json.loads(line) for line in open(path)]
notes = [line.strip() for line in open(notes_path) if line.strip()]
n = lambda v: "—" if v is None else f"{v:,.0f}"
ms = lambda v: "—" if v is None else f"{v:.1f} ms"
labels = {
    "ledger": "ledger: one transfer per request, `POST /api/v1/ledger/transfers`",
    "search": "search: `GET /api/v1/showtimes/search` with facets, anonymous on the storefront domain",
}
units = {"ledger": "requests/s", "search": "searches/s"}

print()
print(f"### One vs two {what} — {date}")
print()
print(f"Command: `{command}` · machine: {machine} · the {what}, their PostgreSQL, nginx and the load "
      "generator share the machine")
print()
print(f"| journey | instances | offered | achieved | P50 | P95 | P99 | errors | CPU during the measurement, % of one "
      f"core (the machine has {int(cores) * 100}; JVM = all instances) |")
print("|---|---|---|---|---|---|---|---|---|")
for r in rows:
    journey, instances = r["row"].split("-")
    unit = units[journey]
    print(f"| {labels[journey]} | {instances} | {n(r['offeredRequestsPerSec'])} {unit} | {n(r['requestsPerSec'])} {unit} "
          f"| {ms(r['p50Ms'])} | {ms(r['p95Ms'])} | {ms(r['p99Ms'])} | {int(r['errors']):,} | {r['cpu']} |")
print()
def jvm_ms_per_request(r):
    """Milliseconds of JVM CPU (all instances) per answered request over the measured window."""
    jvm = float(r["cpu"].split("JVM ", 1)[1].split()[0])
    return jvm / 100 * 1000 / r["requestsPerSec"] if r["requestsPerSec"] else None


by = {r["row"]: r for r in rows}
for journey in ("ledger", "search"):
    one, two = by.get(f"{journey}-1"), by.get(f"{journey}-2")
    if one and two and one["requestsPerSec"]:
        cost1, cost2 = jvm_ms_per_request(one), jvm_ms_per_request(two)
        print(f"{journey.capitalize()}: two instances achieved {two['requestsPerSec'] / one['requestsPerSec']:.2f} × "
              f"what one did, at {cost2:.2f} ms of JVM CPU per request against {cost1:.2f} ms with one "
              f"({(cost2 / cost1 - 1) * 100:+.0f} %).")
        print()
for note in notes:
    print(note)
    print()
print("On 2 cores a second instance adds no CPU, only a second JVM (its heap, JIT and background jobs) "
      "competing for the same cores: the ratio shows the cost of running two, not the gain of scaling out, "
      "which needs the second instance on cores of its own.")
