"""Makes bench/onboarding.sh's Markdown tables from its JSON lines and the KYB metrics Plaza exported.

    python3 bench/onboarding/table.py results.jsonl kyb-metrics.txt DATE COMMAND MACHINE CORES KYB_LATENCY KYB_TRANSIENT
"""
import json
import re
import sys

path, metrics_path, date, command, machine, cores, latency, transient = sys.argv[1:9]
rows = [json.loads(line) for line in open(path)]
calls = [r for r in rows if ":" in r["row"]]
jobs = [r for r in rows if "timeline" in r]
ms = lambda v: "—" if v is None else f"{v:.1f} ms"
n = lambda v: "—" if v is None else f"{v:,.0f}"

print()
print(f"### Onboarding — {date}")
print()
print(f"Command: `{command}` · machine: {machine} · Plaza (with its bundled KYB simulator answering after {latency}, "
      f"{float(transient):.0%} of questions failing with UNAVAILABLE), its PostgreSQL, the SMTP server and the load "
      "generator share the machine")
print()

# Stages an item passes, by the states that count as past them.
STAGES = [
    ("checked by the rules (left `received`)", lambda c, total: total - c.get("received", 0)),
    ("answered by the KYB provider", lambda c, total: sum(c.get(s, 0) for s in ("verified", "rejected", "failed",
                                                                                 "provisioned"))),
    ("provisioned", lambda c, total: c.get("provisioned", 0)),
]
if jobs:
    print("| job | rows | status | seconds, upload to done | items/s through each stage (items, seconds to the last) "
          "| final states |")
    print("|---|---|---|---|---|---|")
    for job in jobs:
        total, timeline = job["rows"], job["timeline"]
        stages = []
        for name, passed in STAGES:
            final = passed(timeline[-1]["counts"], total)
            if final == 0:
                continue
            at = next(point["t"] for point in timeline if passed(point["counts"], total) == final)
            stages.append(f"{name}: {final / at:,.0f}/s ({final:,} in {at:.1f} s)")
        states = ", ".join(f"{count:,} {state}" for state, count in timeline[-1]["counts"].items() if count)
        print(f"| {job['row']} | {total:,} | {job['status']} | {job['seconds']:.1f} | {'; '.join(stages)} | {states} |")
    print()

metrics = open(metrics_path).read() if metrics_path else ""
buckets = sorted((float(le), float(v)) for le, v in
                 re.findall(r'^plaza_onboarding_kyb_attempts_bucket\{[^}]*le="([0-9.]+)"[^}]*\} ([0-9.e+]+)', metrics, re.M))
if buckets:
    previous, parts = 0.0, []
    for le, cumulative in buckets:
        parts.append(f"{int(le)}: {cumulative - previous:,.0f}")
        previous = cumulative
    outcomes = ", ".join(f"{float(v):,.0f} {o}" for o, v in
                         re.findall(r'^plaza_onboarding_kyb_verifications_total\{[^}]*outcome="(\w+)"[^}]*\} ([0-9.e+]+)',
                                    metrics, re.M))
    print(f"KYB questions of the onboard job (and any before it), attempts per verification → businesses: "
          f"{'; '.join(parts)}. Outcomes: {outcomes}.")
    print()

if calls:
    print("| a tenant's calls | tenants in Plaza | offered | achieved | P50 | P95 | P99 | errors | CPU during the "
          f"measurement, % of one core (the machine has {int(cores) * 100}) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in calls:
        label, count = r["row"].split(":")
        what = ("`POST /api/v1/ledger/transfers`, one transfer" if label.endswith("ledger")
                else "`GET /api/v1/catalog/products/{id}`")
        print(f"| {label.split('-')[0]}: {what} | {int(count):,} | {n(r['offeredRequestsPerSec'])}/s "
              f"| {n(r['requestsPerSec'])}/s | {ms(r['p50Ms'])} | {ms(r['p95Ms'])} | {ms(r['p99Ms'])} "
              f"| {int(r['errors']):,} | {r['cpu']} |")
    print()
print("Targets (reported, not asserted): 2,500 businesses with a 50 ms KYB and 5 % transient failures all provisioned "
      "in ≤ 60 s; 100,000 rows validated at ≥ 5,000 items/s; a tenant's ledger and catalog P99 among 10,000 tenants "
      "as among 10.")
