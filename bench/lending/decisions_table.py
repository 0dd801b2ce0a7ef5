"""Makes bench/lending-decisions.sh's Markdown table from the load generator's JSON line and the decision times.

    python3 bench/lending/decisions_table.py results.jsonl decisions.tsv DATE COMMAND MACHINE CORES LENDERS LATENCY BUREAU
"""
import json
import sys

path, decisions, date, command, machine, cores, lenders, latency, bureau = sys.argv[1:10]
submitted = [json.loads(line) for line in open(path)][-1]
(applications, decided, offered, decided_per_s, p50, p95, p99, worst) = open(decisions).read().strip().split("\t")
ms = lambda v: "—" if v in ("", None) else f"{float(v):,.1f} ms"

print()
print(f"### Lending decisions with a {latency} bureau — {date}")
print()
where = "the bundled bureau (in Plaza's JVM)" if bureau == "bundled" else "the bureau simulator (its own JVM)"
print(f"Command: `{command}` · machine: {machine} · Plaza, its PostgreSQL, {where} and the load "
      "generator share the machine")
print()
print(f"Each application goes to {lenders} lenders; each decides it (eligibility rules, the bureau over SOAP, the "
      "credit policy, the offer with schedule and APR). Decisions are timed from the database's own timestamps "
      "for the applications submitted in the measured window.")
print()
print("| offered | submissions answered | P99 of the submission (201) | applications | fully decided | decided/s "
      "| submission → first offer P50 | P95 | P99 | worst | CPU, % of one core "
      f"(the machine has {int(cores) * 100}) |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
print(f"| {submitted['offeredRequestsPerSec']:,.0f}/s | {submitted['requestsPerSec']:,.0f}/s "
      f"| {submitted['p99Ms']:.1f} ms | {int(applications):,} | {int(decided):,} | {float(decided_per_s or 0):,.1f} "
      f"| {ms(p50)} | {ms(p95)} | {ms(p99)} | {ms(worst)} | {submitted['cpu']} |")
