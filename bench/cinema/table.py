"""Makes bench/cinema.sh's Markdown table from the JSON line of each measurement and the run's notes.

    python3 bench/cinema/table.py results.jsonl notes.txt DATE COMMAND MACHINE CORES
"""
import json
import sys

path, notes_path, date, command, machine, cores = sys.argv[1:7]
rows = [json.loads(line) for line in open(path)]
notes = [line.strip() for line in open(notes_path) if line.strip()]
n = lambda v: "—" if v is None else f"{v:,.0f}"
ms = lambda v: "—" if v is None else f"{v:.1f} ms"
labels = {
    "search": "search over HTTP (anonymous on the storefront domain, with facets)",
    "floor": "search floor: same searches through the Lucene adapter on a copy of the index, no HTTP/Spring",
    "holds": "on-sale storm: hold 1–4 adjacent seats of one 300-seat showtime",
    "page": "city listings page `GET /{city}`, warm",
}
units = {"search": "searches/s", "floor": "searches/s", "holds": "hold attempts/s", "page": "pages/s"}

print()
print(f"### Cinema — {date}")
print()
print(f"Command: `{command}` · machine: {machine} · Plaza, its PostgreSQL and the load generator share the machine")
print()
print(f"| workload | offered | achieved | P50 | P95 | P99 | errors | answers | CPU during the measurement, % of one core (the machine has {int(cores) * 100}) |")
print("|---|---|---|---|---|---|---|---|---|")
for r in rows:
    key = r["row"]
    unit = units[key]
    if key == "floor":
        answers = f"{int(r['found']):,} found something, {int(r['requestsOk']) - int(r['found']):,} nothing"
    else:
        answers = ", ".join(f"{count:,} {result}" for result, count in r.get("results", {}).items())
    print(f"| {labels[key]} | {n(r['offeredRequestsPerSec'])} {unit} | {n(r['requestsPerSec'])} {unit} "
          f"| {ms(r['p50Ms'])} | {ms(r['p95Ms'])} | {ms(r['p99Ms'])} | {int(r['errors']):,} | {answers} | {r['cpu']} |")
print()
for r in rows:
    if r["row"] == "holds" and r.get("verified") in (True, "true"):
        twice, equal = int(r["seatsHeldTwice"]), r["seatMapEqualsHolds"] in (True, "true")
        print(f"Storm check: {int(r['successfulHolds']):,} successful holds took {int(r['seatsInSuccessfulHolds']):,} "
              f"of {int(r['seatsInRoom']):,} seats; seats in two successful holds: **{twice}**; the seat map shows "
              f"{int(r['seatsShownHeld']):,} seats held, {'exactly' if equal else '**not**'} the union of the successful "
              "holds.")
        print()
    elif r["row"] == "holds":
        print("Storm check: the seat map could not be read after the run; nothing verified.")
        print()
for note in notes:
    print(note)
    print()
others = max((float(r["cpu"].split("other processes ", 1)[1].split()[0]) for r in rows), default=0)
if others >= 20:
    print(f"Other processes on the machine used up to {others:.0f}% of one core during these measurements (CPU "
          "column): the numbers are lower than on an otherwise idle machine.")
    print()
print("Targets (reported, not asserted): search P99 ≤ 20 ms at ≥ 500 searches/s with facets over 1,000,000 "
      "showtimes; storm ≥ 2,000 hold attempts/s with P99 < 100 ms and no seat held twice; city page P99 < 50 ms.")
