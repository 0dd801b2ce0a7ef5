"""Writes an onboarding file of businesses (RFC 4180 CSV with a header row) to stdout.

Every business has a well-formed tax id of its country (Spanish CIF, Portuguese NIF, French SIREN)
and a valid IBAN (ISO 13616 mod 97), so each row passes its country's rules; --invalid makes that
share of rows fail them (a broken tax-id check digit). Deterministic for a seed.

    python3 bench/onboarding/businesses.py --count 2500 --countries ES,PT,FR --seed 42 > businesses.csv
"""
import argparse
import csv
import random
import sys

CIF_LETTERS = "JABCDEFGHI"


def spanish_cif(rng):  # an SL (letter B): 7 digits and a numeric control digit
    digits = [rng.randrange(10) for _ in range(7)]
    even = sum(digits[1::2])
    odd = sum(sum(divmod(2 * d, 10)) for d in digits[0::2])
    control = (10 - (even + odd) % 10) % 10
    return "B" + "".join(map(str, digits)) + str(control)


def portuguese_nif(rng):  # a company (first digit 5): mod 11 check digit
    digits = [5] + [rng.randrange(10) for _ in range(7)]
    rest = sum(d * (9 - i) for i, d in enumerate(digits)) % 11
    return "".join(map(str, digits)) + str(0 if rest < 2 else 11 - rest)


def french_siren(rng):  # 9 digits passing Luhn
    digits = [rng.randrange(10) for _ in range(8)]
    for check in range(10):
        candidate = digits + [check]
        total = sum(d if i % 2 == 0 else sum(divmod(2 * d, 10)) for i, d in enumerate(candidate))
        if total % 10 == 0:
            return "".join(map(str, candidate))
    raise AssertionError("unreachable")


TAX_IDS = {"ES": spanish_cif, "PT": portuguese_nif, "FR": french_siren}
BBAN_DIGITS = {"ES": 20, "PT": 21, "FR": 23}


def iban(country, rng):
    bban = "".join(str(rng.randrange(10)) for _ in range(BBAN_DIGITS[country]))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return country + f"{98 - int(numeric) % 97:02d}" + bban


def broken(tax_id):  # the same id with its last (check) character changed
    last = tax_id[-1]
    return tax_id[:-1] + ("0" if last != "0" else "1")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2500)
    parser.add_argument("--countries", default="ES,PT,FR")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--invalid", type=float, default=0.0, help="share of rows with a broken tax id")
    parser.add_argument("--prefix", default="Bench", help="legal names start with it")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    countries = args.countries.split(",")
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(["legalName", "taxId", "country", "contactEmail", "contactName", "iban", "address",
                  "externalReference"])
    seen = set()
    n = 0
    while n < args.count:
        country = countries[n % len(countries)]
        tax_id = TAX_IDS[country](rng)
        if (country, tax_id) in seen:
            continue
        seen.add((country, tax_id))
        if rng.random() < args.invalid:
            tax_id = broken(tax_id)
        n += 1
        out.writerow([f"{args.prefix} {country} {n:07d}, S.L.", tax_id, country,
                      f"owner{n}@business{n}.example", f"Owner {n}", iban(country, rng),
                      f"Calle Mayor {n % 200 + 1}, \"Bajo\"", f"ext-{n}"])


if __name__ == "__main__":
    main()
