#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Peer for bench_importer: the same IMEI table import in plain Python 3 with the
standard csv module (no third-party packages). Reads the file, sniffs the
delimiter, finds the IMEI column by header name, normalises each value (spaces,
dashes, dots, a leading apostrophe), checks lengths and the Luhn digit, keeps each
valid IMEI once in first-seen order and counts duplicates and rejected lines.

Usage: peer_import.py FILE [--runs N]
Prints one JSON line: {"seconds": best, "cpuSeconds": best, "valid": n, "duplicates": n, "rejected": n}
"""
import csv
import json
import sys
import time

SEPARATORS = str.maketrans("", "", " \t-./\u00a0")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def classify(cell):
    value = cell.strip()
    if value.startswith("'"):
        value = value[1:]
    value = value.translate(SEPARATORS)
    if not value:
        return "empty"
    if not value.isdigit():
        return "non-digit"
    n = len(value)
    if n < 14:
        return "too-short"
    if n == 14:
        return "missing-check-digit"
    if n == 16:
        return "imeisv"
    if n > 16:
        return "too-long"
    return value if luhn_ok(value) else "bad-check-digit"


def import_file(path):
    with open(path, newline="", encoding="utf-8-sig", errors="replace") as f:
        sample = f.read(64 * 1024)
        f.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(f, dialect)
        header = next(reader, [])
        names = [h.strip().lower() for h in header]
        column = next((i for i, h in enumerate(names) if "imei" in h), 0)
        seen = set()
        valid = []
        duplicates = 0
        rejected = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if column >= len(row):
                rejected.append((reader.line_num, "", "missing-field"))
                continue
            result = classify(row[column])
            if result.isdigit():
                if result in seen:
                    duplicates += 1
                else:
                    seen.add(result)
                    valid.append(result)
            else:
                rejected.append((reader.line_num, row[column], result))
    return valid, duplicates, rejected


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 1
    best = None
    best_cpu = None
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        start_cpu = time.process_time()
        valid, duplicates, rejected = import_file(path)
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - start_cpu
        best = elapsed if best is None else min(best, elapsed)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    print(json.dumps({"seconds": best, "cpuSeconds": best_cpu, "valid": len(valid),
                      "duplicates": duplicates, "rejected": len(rejected)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
