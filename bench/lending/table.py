"""Makes bench/lending-repayments.sh's Markdown table from the measurements' JSON lines.

    python3 bench/lending/table.py results.jsonl LOANS DATE COMMAND MACHINE CORES
"""
import json
import sys

path, loans, date, command, machine, cores = sys.argv[1:7]
rows = {r["row"]: r for r in (json.loads(line) for line in open(path))}
n = lambda v: "—" if v is None else f"{v:,.0f}"
ms = lambda v: "—" if v is None else f"{v:.1f} ms"

print()
print(f"### Lending repayments beside the ledger — {date}")
print()
print(f"Command: `{command}` · machine: {machine} · Plaza, its PostgreSQL and the load generator share the machine")
print()
print(f"| workload | offered | achieved | P50 | P95 | P99 | errors | CPU during the measurement, % of one core (the machine has {int(cores) * 100}) |")
print("|---|---|---|---|---|---|---|---|")
labels = {
    "repayments": f"repayment `POST /api/v1/lending/loans/{{id}}/repayments` of 1.00 on one of {int(loans):,} loans "
                  "(loan row locked, open installments read and written, repayment stored, ledger chain posted)",
    "single": "ledger alone: one transfer per request, `POST /api/v1/ledger/transfers`",
}
for name, label in labels.items():
    r = rows.get(name)
    if r is None:
        continue
    print(f"| {label} | {n(r['offeredRequestsPerSec'])} requests/s | {n(r['requestsPerSec'])} requests/s | {ms(r['p50Ms'])} "
          f"| {ms(r['p95Ms'])} | {ms(r['p99Ms'])} | {int(r['errors']):,} | {r['cpu']} |")
print()
print("Target (reported, not asserted): repayments ≥ 1,000/s with P99 < 100 ms.")
