"""Makes bench/checkout.sh's Markdown table from the measurement's JSON line and the e-mails received.

    python3 bench/checkout/table.py results.jsonl EMAILS DATE COMMAND MACHINE CORES
"""
import json
import sys

path, emails, date, command, machine, cores = sys.argv[1:7]
r = [json.loads(line) for line in open(path)][-1]
n = lambda v: "—" if v is None else f"{v:,.0f}"
ms = lambda v: "—" if v is None else f"{v:.1f} ms"
counts = lambda d: ", ".join(f"{count:,} {name}" for name, count in d.items()) or "none"
rate = r["offeredRequestsPerSec"]

print()
print(f"### Checkout — {date}")
print()
print(f"Command: `{command}` · machine: {machine} · Plaza (with the bundled card-processor simulator), its PostgreSQL, "
      "the SMTP server and the load generator share the machine")
print()
print(f"| workload | offered | achieved | P50 | P95 | P99 | errors | answers | CPU during the measurement, % of one core (the machine has {int(cores) * 100}) |")
print("|---|---|---|---|---|---|---|---|---|")
print(f"| checkout `POST /api/v1/orders` (order + payment intent) for a cart of 1–3 products | {n(rate)} orders/s "
      f"| {n(r['requestsPerSec'])} orders/s | {ms(r['p50Ms'])} | {ms(r['p95Ms'])} | {ms(r['p99Ms'])} | {int(r['errors']):,} "
      f"| {counts(r['results'])} | {r['cpu']} (SMTP server among the other processes) |")
print(f"| payment `POST /api/v1/payments/{{id}}/confirm` with `tok_approve`, sent when the order is answered "
      f"| one per order | {n(r['payAnswered'] / r['elapsedSec'])} payments/s | {ms(r['payP50Ms'])} | {ms(r['payP95Ms'])} "
      f"| {ms(r['payP99Ms'])} | {int(r['payErrors']):,} | {counts(r['payResults'])} | the same window |")
not_confirmed = counts(r["notConfirmed"]) if r["notConfirmed"] else "0"
print(f"| background confirmation lag, `paid` → `confirmed` in the order's status history | every paid order "
      f"| {int(r['ordersConfirmed']):,} of {int(r['ordersPaid']):,} confirmed | {ms(r['lagP50Ms'])} | {ms(r['lagP95Ms'])} "
      f"| {ms(r['lagP99Ms'])} | not confirmed: {not_confirmed} | {int(emails):,} confirmation e-mails received by the SMTP server "
      "| while measured and after |")
print()
others = float(r["cpu"].split("other processes ", 1)[1].split()[0])
if others >= 20:
    print(f"Other processes on the machine (the SMTP server among them) used {others:.0f}% of one core during the "
          "measurement (CPU column).")
    print()
print("Targets (reported, not asserted): checkout P99 < 200 ms at ≥ 300 orders/s while confirmation and e-mail run in "
      "the background; confirmation lag P99 < 2 s at that rate.")
