#!/usr/bin/env bash
# Scores the storefront with Lighthouse (from npm, run by npx in the system Chromium): every page listed in
# bench/lighthouse-pages.txt, on the default mobile form factor and with --preset=desktop, in the four
# categories (performance, accessibility, best practices, SEO). Seeds a demo first through the API: a cinema
# chain (a city, a cinema, a room, a movie with a showtime tomorrow) that also sells a product, and a lender
# with a product. Writes docs/lighthouse.md: a table of page × form factor × category, with the date, the
# machine and the command. The issue asks for at least 95 in every category.
#
#   bench/lighthouse.sh                          builds Plaza (./plaza build), starts it on a fresh data directory
#   BASE=http://127.0.0.1:8080 ADMIN_SECRET=… bench/lighthouse.sh   scores a running Plaza instead
#
# Settings (environment):
#   BASE=            a running Plaza's origin; empty starts one (and stops it at the end)
#   ADMIN_SECRET=    the plaza-admin client's secret of the running Plaza (PLAZA_ADMIN_CLIENT_SECRET)
#   PAGES=bench/lighthouse-pages.txt
#   LIGHTHOUSE=lighthouse@12.8.2   the npm package npx runs, cached under target/lighthouse/npm
#   CHROME=/usr/bin/chromium
#   WRITE_DOC=1      0 prints the table without writing docs/lighthouse.md
#   BUILD=1          0 starts the jar already in apps/plaza/target (without BASE)
set -euo pipefail
cd "$(dirname "$0")/.."

defaults=(BASE= PAGES=bench/lighthouse-pages.txt LIGHTHOUSE=lighthouse@12.8.2 CHROME=/usr/bin/chromium
  WRITE_DOC=1 BUILD=1)
source bench/settings.sh
apply_settings bench/lighthouse.sh "${defaults[@]}"
ADMIN_SECRET=${ADMIN_SECRET:-} # never written into the command shown

work=$(mktemp -d /tmp/plaza-lighthouse-XXXXXX)
log_tag=lighthouse
source bench/lib.sh
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -z "$BASE" ]]; then
  if [[ "$BUILD" == 1 ]]; then
    build_plaza
  else
    JAVA_HOME=$(./plaza jdk)
    export JAVA_HOME
  fi
  start_plaza
else
  base=${BASE%/}
  admin_secret=$ADMIN_SECRET
  [[ -n "$admin_secret" ]] || { echo "With BASE, give ADMIN_SECRET: the plaza-admin client's secret" >&2; exit 2; }
fi

post() { # token path json: the created resource's JSON, or the refusal and exit
  local out
  out=$(curl -sS -w '\n%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: lh-$(date +%s%N)" -d "$3" "$base$2")
  if [[ ${out##*$'\n'} != 2?? ]]; then
    echo "POST $2 answered ${out##*$'\n'}: ${out%$'\n'*}" >&2
    exit 1
  fi
  echo "${out%$'\n'*}"
}

admin=$(admin_token)
log "seeding the demo storefront"
store=$(new_tenant "$admin" "cinemas-$(date +%s)")
catalog=$(client_token "$admin" "$store" catalog:write)
city_json=$(post "$catalog" /api/v1/catalog/cities '{"name": "Sevilla", "country": "ES", "timeZone": "Europe/Madrid"}')
city=$(echo "$city_json" | json '["slug"]')
cinema=$(post "$catalog" /api/v1/catalog/cinemas "{\"code\": \"SEV1\", \"name\": \"Cine Triana\", \"cityId\": \"$(echo "$city_json" | json '["id"]')\",
  \"address\": \"Calle Betis 1\", \"latitude\": 37.38, \"longitude\": -6.0}" | json '["id"]')
room=$(post "$catalog" /api/v1/catalog/rooms "{\"cinemaId\": \"$cinema\", \"name\": \"Sala 1\", \"type\": \"2D\", \"seatMap\":
  {\"rows\": [{\"label\": \"A\", \"seats\": [{\"label\": \"A1\", \"kind\": \"standard\"}, {\"label\": \"A2\", \"kind\": \"standard\"}]}]}}" | json '["id"]')
movie_json=$(post "$catalog" /api/v1/catalog/movies '{"title": "Noche en Triana", "originalTitle": "Noche en Triana",
  "synopsis": "Two strangers share one night in Seville.", "cast": ["Ana Torrent"], "genres": ["drama"], "durationMinutes": 110,
  "ageRating": "12", "releaseDate": "2030-01-01", "languages": ["es"]}')
movie=$(echo "$movie_json" | json '["slug"]')
starts=$(date -u -d 'tomorrow 18:00' +%Y-%m-%dT%H:%M:%SZ)
showtime=$(post "$catalog" /api/v1/catalog/showtimes "{\"movieId\": \"$(echo "$movie_json" | json '["id"]')\", \"roomId\": \"$room\",
  \"startsAt\": \"$starts\", \"language\": \"es\", \"prices\": {\"standard\": {\"amount\": 950, \"currency\": \"EUR\"}}}" | json '["id"]')
product_id=$(post "$catalog" /api/v1/catalog/products '{"sku": "POP-1", "title": "Popcorn bucket", "description": "A big bucket.",
  "price": {"amount": 650, "currency": "EUR"}, "taxClass": "standard", "attributes": {"size": "L"}}' | json '["id"]')
product=popcorn-bucket # the slug a product's page gets from its title (the admin API does not answer it)
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $catalog" -H 'Content-Type: application/json' \
  -d '{"name": "Main store"}' "$base/api/v1/stock/locations/main"
post "$catalog" /api/v1/stock/adjustments "{\"productId\": \"$product_id\", \"location\": \"main\", \"delta\": 100,
  \"reason\": \"received\"}" >/dev/null
# A visitor with the product in the cart, for the pages that need one (marked with-cart in the pages file):
# the product page gives the visitor's cookie and form token, the cart takes the product.
jar="$work/visitor.cookies"
token=$(curl -fsS -c "$jar" "$base/t/$store/products/$product" | sed -n 's/.*name="csrf-token" content="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "productId=$product_id" --data-urlencode quantity=1 \
  --data-urlencode "_csrf=$token" "$base/t/$store/cart/items" || log "the visitor's cart could not be filled"
cart_cookie=$(awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar")
lender=$(new_tenant "$admin" "lender-$(date +%s)")
lending=$(client_token "$admin" "$lender" lending:write config:write)
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $lending" -H 'Content-Type: application/json' \
  -d '{"country": "ES", "overrides": {}}' "$base/api/v1/config/tenant"
post "$lending" /api/v1/lending/products '{"code": "PERSONAL", "name": "Personal loan", "currency": "EUR", "minAmount": 100000,
  "maxAmount": 2000000, "termsMonths": [12, 24, 36], "annualRateBasisPoints": 1200, "amortization": "declining_balance",
  "dayCount": "30/360", "repaymentFrequency": "monthly", "graceMonths": 0, "originationFeeBasisPoints": 100, "lateFee": 1500,
  "eligibilityRuleSet": "loan-eligibility"}' >/dev/null

npm_cache="$PWD/target/lighthouse/npm"
mkdir -p "$npm_cache" "$work/reports"
scores="$work/scores.tsv"
: >"$scores"
while read -r name path visitor; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  headers=()
  [[ $visitor == with-cart ]] && headers=(--extra-headers "{\"Cookie\": \"$cart_cookie\"}")
  path=${path//\{store\}//t/$store}
  path=${path//\{lender\}//t/$lender}
  path=${path//\{city\}/$city}
  path=${path//\{movie\}/$movie}
  path=${path//\{showtime\}/$showtime}
  path=${path//\{product\}/$product}
  # Scored warm, as visitors meet a running storefront: a few requests first let the JVM compile the page's path.
  for _ in 1 2 3 4 5; do curl -fsS -o /dev/null -H "Cookie: ${cart_cookie:-}" "$base$path"; done
  for form in mobile desktop; do
    preset=()
    [[ $form == desktop ]] && preset=(--preset=desktop)
    report="$work/reports/$name-$form.json"
    log "Lighthouse: $name ($form) $base$path"
    if ! npm_config_cache="$npm_cache" npx --yes "$LIGHTHOUSE" "$base$path" --quiet --output=json --output-path="$report" \
        "${preset[@]}" "${headers[@]}" --chrome-path="$CHROME" --chrome-flags="--headless --no-sandbox --disable-gpu" \
        --only-categories=performance,accessibility,best-practices,seo >"$work/lighthouse-$name-$form.log" 2>&1; then
      tail -5 "$work/lighthouse-$name-$form.log" >&2
      printf '%s\t%s\t%s\t-\t-\t-\t-\tLighthouse failed\n' "$name" "$form" "$path" >>"$scores"
      continue
    fi
    python3 - "$report" "$name" "$form" "$path" >>"$scores" <<'PY'
import json, sys
report, name, form, path = sys.argv[1:]
r = json.load(open(report))
cats = r["categories"]
score = lambda c: "-" if cats[c]["score"] is None else str(round(cats[c]["score"] * 100))
# The audits that cost points: what to fix next.
below = sorted({a["id"] for c in cats.values() for ref in c["auditRefs"] if ref["weight"] > 0
                for a in [r["audits"][ref["id"]]] if a["score"] is not None and a["score"] < 0.9})
print("\t".join([name, form, path] + [score(c) for c in ("performance", "accessibility", "best-practices", "seo")]
                + [", ".join(below)]))
PY
  done
done <"$PAGES"

version=$(npm_config_cache="$npm_cache" npx --yes "$LIGHTHOUSE" --version 2>/dev/null || echo "?")
table=$(python3 - "$scores" <<'PY'
import sys
print("| page | form factor | performance | accessibility | best practices | SEO | audits under 90 |")
print("|---|---|---:|---:|---:|---:|---|")
for line in open(sys.argv[1]):
    name, form, path, *rest = line.rstrip("\n").split("\t")
    shown = "/" + path.split("/", 3)[-1] if path.startswith("/t/") else path  # the path on the storefront's domain
    print(f"| {name} (`{shown}`) | {form} | " + " | ".join(rest) + " |")
PY
)
echo "$table"
if [[ $WRITE_DOC == 1 ]]; then
  cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
  cat >docs/lighthouse.md <<DOC
# Lighthouse scores of the storefront

Issue 18 asks every storefront page to score at least 95 in every Lighthouse category, on mobile (Lighthouse's
default: a throttled mid-range phone) and on desktop (\`--preset=desktop\`). Measured on $(date -u +%Y-%m-%d) with
Lighthouse $version in Chromium $("$CHROME" --version 2>/dev/null | awk '{print $2}'), on $(nproc) cores of $cpu with
$(free -g | awk '/Mem:/ {print $2}') GB (shared with other work), against Plaza on this machine over plain HTTP
(\`127.0.0.1\`, storefronts under \`/t/{tenantId}\`).

    $command

The pages are listed in \`bench/lighthouse-pages.txt\`: the storefront's home, a city, a movie, a showtime's seat
selection, the shop's listing and a product page, and — as a visitor with a product in the cart (the script fills
one through the product page's form and hands Lighthouse its cookies) — the cart and the checkout; then a lender's
loan application form and the marketplace's. The last column names the audits that cost points.

$table
DOC
  log "wrote docs/lighthouse.md"
fi
status=0
