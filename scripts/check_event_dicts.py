#!/usr/bin/env python3
"""Validate Parley's event dictionaries: data/events/cameo.txt and data/events/verbs.txt.

Checks (every error names file:line):
  cameo.txt  - `CODE | QUAD | GOLDSTEIN | PLOVER_EVENT | PLOVER_MODE | name` lines; codes are 2-4 digits
               with leading zeros; QUAD 1-4 and consistent with the root (01-05 -> 1, 06-08 -> 2,
               09-13 -> 3, 14-20 -> 4); Goldstein a number in [-10, 10]; no duplicate codes; every
               root 01..20 present; every sub-code's root present.
  verbs.txt  - `CODE  pattern` lines; the code exists in cameo.txt; the pattern starts with a word or
               `~ word`; elements are lower-case words, `+`, `$` or `*`; at most one `+` and one `$`;
               no `*` at the end; no duplicate pattern (the same pattern under any code).
Usage: scripts/check_event_dicts.py [DATA_DIR]   (default: data/ beside this script's parent)
Prints a summary with the pattern count per root; exits 1 on any error.
"""
import os
import re
import sys

WORD = re.compile(r"^[a-z0-9][a-z0-9.\-']*$")
PLOVER_EVENTS = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                 "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def quad_of(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def strip(line):
    return line.split("#", 1)[0].strip()


def check_cameo(path, errors):
    codes = {}
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = strip(raw)
            if not line:
                continue
            where = f"{path}:{n}"
            fields = [x.strip() for x in line.split("|")]
            if len(fields) != 6:
                errors.append(f"{where}: expected 6 '|'-separated fields, got {len(fields)}")
                continue
            code, quad, gold, pev, pmode, name = fields
            if not re.fullmatch(r"\d{2,4}", code):
                errors.append(f"{where}: bad CAMEO code '{code}'")
                continue
            root = code[:2]
            if not 1 <= int(root) <= 20:
                errors.append(f"{where}: root {root} outside 01-20")
                continue
            if code in codes:
                errors.append(f"{where}: duplicate code {code} (first at line {codes[code]})")
            codes[code] = n
            if quad != str(quad_of(root)):
                errors.append(f"{where}: QuadClass {quad} for root {root}, expected {quad_of(root)}")
            try:
                g = float(gold)
                if not -10 <= g <= 10:
                    raise ValueError
            except ValueError:
                errors.append(f"{where}: Goldstein '{gold}' is not a number in [-10, 10]")
            if pev != "-" and pev not in PLOVER_EVENTS:
                errors.append(f"{where}: unknown PLOVER event '{pev}'")
            if not pmode or " " in pmode:
                errors.append(f"{where}: PLOVER mode must be one token or '-'")
            if not name:
                errors.append(f"{where}: empty name")
    for r in range(1, 21):
        if f"{r:02d}" not in codes:
            errors.append(f"{path}: root {r:02d} missing")
    for c in codes:
        if len(c) > 2 and c[:2] not in codes:
            errors.append(f"{path}: code {c} has no root line {c[:2]}")
        if len(c) == 4 and c[:3] not in codes:
            errors.append(f"{path}: code {c} has no parent {c[:3]}")
    return codes


def check_verbs(path, codes, errors):
    seen = {}
    per_root = {}
    per_code = {}
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = strip(raw)
            if not line:
                continue
            where = f"{path}:{n}"
            parts = line.split()
            code, elems = parts[0], parts[1:]
            if code not in codes:
                errors.append(f"{where}: code '{code}' is not in cameo.txt")
                continue
            if not elems:
                errors.append(f"{where}: empty pattern")
                continue
            body = elems[1:] if elems[0] == "~" else elems
            if not body:
                errors.append(f"{where}: noun pattern without words")
                continue
            if body[0] in {"+", "$", "*", "~"}:
                errors.append(f"{where}: a pattern must start with its verb or noun, not '{body[0]}'")
            if body[-1] == "*":
                errors.append(f"{where}: '*' cannot end a pattern")
            for e in body:
                if e in {"+", "$", "*"}:
                    continue
                if e == "~":
                    errors.append(f"{where}: '~' only as the first element")
                elif not WORD.match(e):
                    errors.append(f"{where}: bad element '{e}' (lower-case words, '+', '$', '*')")
            if body.count("+") > 1 or body.count("$") > 1:
                errors.append(f"{where}: at most one '+' and one '$'")
            if any(a == b == "*" for a, b in zip(body, body[1:])):
                errors.append(f"{where}: '* *' is redundant")
            key = " ".join(elems)
            if key in seen:
                errors.append(f"{where}: duplicate pattern '{key}' (line {seen[key][0]}, code {seen[key][1]})")
                continue
            seen[key] = (n, code)
            per_root[code[:2]] = per_root.get(code[:2], 0) + 1
            per_code[code] = per_code.get(code, 0) + 1
    return per_root, per_code


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(here), "data")
    errors = []
    cameo = os.path.join(data, "events", "cameo.txt")
    verbs = os.path.join(data, "events", "verbs.txt")
    codes = check_cameo(cameo, errors)
    per_root, per_code = check_verbs(verbs, codes, errors)
    for e in errors[:200]:
        print(e)
    total = sum(per_root.values())
    print(f"cameo.txt: {len(codes)} codes; verbs.txt: {total} patterns, "
          f"{len(per_code)} of {sum(1 for c in codes if len(c) > 2)} sub-codes covered")
    print("patterns per root: " + ", ".join(f"{r}:{per_root.get(r, 0)}" for r in (f'{i:02d}' for i in range(1, 21))))
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
