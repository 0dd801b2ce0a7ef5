#!/usr/bin/env bash
# Creates, through the catalog API, what the on-sale storm holds: a city, a cinema, one room of 300
# seats (15 rows of 20) and a movie, and two showtimes in that room a week from now, one for the
# warm-up and one measured. Prints their ids: "warm-up measured".
#
#   bench/cinema/storm-showtimes.sh BASE-URL TOKEN   (the token needs catalog:write)
set -euo pipefail
base=$1 token=$2
post() { # path body -> id
  curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$2" "$base/api/v1/catalog$1" \
    | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])'
}
seat_map=$(python3 -c '
import json
rows = [{"label": r, "seats": [{"label": f"{r}{s}", "kind": "standard"} for s in range(1, 21)]} for r in "ABCDEFGHIJKLMNO"]
print(json.dumps({"rows": rows, "blocked": []}))')
city=$(post /cities '{"name": "Storm City", "country": "ES", "timeZone": "Europe/Madrid"}')
cinema=$(post /cinemas "{\"code\": \"STORM-1\", \"name\": \"Cines Storm\", \"cityId\": \"$city\", \"address\": \"Gran Vía 1\", \"latitude\": 40.42, \"longitude\": -3.7}")
room=$(post /rooms "{\"cinemaId\": \"$cinema\", \"name\": \"Sala Grande\", \"type\": \"IMAX\", \"seatMap\": $seat_map}")
movie=$(post /movies '{"title": "Opening Night", "originalTitle": "Opening Night", "synopsis": "Everyone wants a seat.",
  "cast": ["Ana Torrent"], "genres": ["drama"], "durationMinutes": 120, "ageRating": "12", "releaseDate": "2030-01-01",
  "languages": ["es"]}')
prices='{"standard": {"amount": 950, "currency": "EUR"}}'
ids=()
for hours in 0 3; do
  starts=$(date -u -d "@$(( $(date +%s) / 86400 * 86400 + 8 * 86400 + 43200 + hours * 3600 ))" +%Y-%m-%dT%H:%M:%SZ)
  ids+=("$(post /showtimes "{\"movieId\": \"$movie\", \"roomId\": \"$room\", \"startsAt\": \"$starts\", \"language\": \"es\", \"prices\": $prices}")")
done
echo "${ids[0]} ${ids[1]}"
