#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Peer for bench_importer (issue 20): what `fotactl imei check FILE --valid-out OUT` does, in
lean Python 3 with the standard csv module and nothing else. Sniffs the delimiter, takes the
column whose header names IMEI (else the first column, and the first row is data), strips
blanks, a leading apostrophe and separators (only when the cell is not already 15 digits),
checks the Luhn digit, keeps each IMEI once (a set) in first-seen order and writes them one a
line. Lean: no per-row objects beyond the csv module's rows and the cell strings; duplicates and
rejected lines are only counted.

Usage: peer_check.py FILE OUT
Prints one JSON line: {"valid": n, "duplicates": n, "rejected": n}
"""
import csv
import itertools
import json
import sys

# Luhn in 3-digit chunks: the digit at an odd position (0-based, from the left of 15) doubled.
EVEN_START = {}
ODD_START = {}
for n in range(1000):
    a, b, c = n // 100, n // 10 % 10, n % 10
    twice = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]
    EVEN_START[f"{n:03d}"] = a + twice[b] + c
    ODD_START[f"{n:03d}"] = twice[a] + b + twice[c]
SEPARATORS = str.maketrans("", "", " \t-./\u00a0")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = sys.argv[1], sys.argv[2]
    with open(source, newline="", encoding="utf-8-sig", errors="replace") as f:
        try:
            dialect = csv.Sniffer().sniff(f.read(64 * 1024), delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel  # one value a line
        f.seek(0)
        reader = csv.reader(f, dialect)
        first = next(reader, [])
        column = next((i for i, name in enumerate(first) if "imei" in name.lower()), None)
        rows = reader
        if column is None:
            column = 0
            rows = itertools.chain([first], reader)
        seen = set()
        valid = []
        duplicates = rejected = 0
        for row in rows:
            if not row:
                continue  # a blank line
            if column >= len(row):
                rejected += 1
                continue
            v = row[column]
            if len(v) != 15 or not v.isdigit():
                v = v.strip()
                if v.startswith("'"):
                    v = v[1:]
                v = v.translate(SEPARATORS)
                if len(v) != 15 or not v.isascii() or not v.isdigit():
                    rejected += 1
                    continue
            if (EVEN_START[v[0:3]] + ODD_START[v[3:6]] + EVEN_START[v[6:9]] + ODD_START[v[9:12]]
                    + EVEN_START[v[12:15]]) % 10:
                rejected += 1
            elif v in seen:
                duplicates += 1
            else:
                seen.add(v)
                valid.append(v)
    with open(target, "w", newline="") as out:
        if valid:
            out.write("\n".join(valid))
            out.write("\n")
    print(json.dumps({"valid": len(valid), "duplicates": duplicates, "rejected": rejected}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
