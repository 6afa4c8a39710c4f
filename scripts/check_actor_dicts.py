#!/usr/bin/env python3
"""Validate Parley's actor dictionaries under data/actors (format: docs/DICTIONARIES.md).

    python3 scripts/check_actor_dicts.py [ACTORS_DIR] [--strict] [--quiet]

Checks countries.txt (sections, ISO alpha-3 codes, adjectives/metonyms), agents.txt (CAMEO
sectors), organizations.txt (CAMEO actor codes) and every people/*.txt (`+` person lines,
role lines `CODE FROM TO  description` with valid dates and FROM <= TO). Reports duplicates.
Every problem is printed as `file:line: error|warning: message`. Exit status is 1 when there
is an error (with --strict, also when there is a warning), else 0.
"""
import calendar
import json
import pathlib
import re
import sys

ISO_JSON = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
EXTRA_COUNTRY_CODES = {"XKX"}  # Kosovo: user-assigned, not in ISO 3166-1
COUNTRY_SECTIONS = ("country", "adjective", "metonym")
# CAMEO role/sector codes (primary and secondary) that agents.txt may use.
SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
    "LAB", "LEG", "HLH", "REF", "MOD", "RAD", "ELI", "ENV", "AGR", "HRI", "DEV", "NGO", "UAF",
    "INS", "REL", "SET", "IGO", "IMG", "MNC", "NGM", "UIS", "AMN", "SEP",
}
CODE_RE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3}){0,4}$")  # 3, 6, 9, 12 or 15 letters
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Report:
    """Collects problems as (path, line, level, message) and prints them."""

    def __init__(self, root: pathlib.Path):
        self.root = root
        self.items = []

    def add(self, path, line, level, msg):
        self.items.append((path, line, level, msg))

    def error(self, path, line, msg):
        self.add(path, line, "error", msg)

    def warn(self, path, line, msg):
        self.add(path, line, "warning", msg)

    def count(self, level):
        return sum(1 for item in self.items if item[2] == level)

    def show(self, quiet: bool):
        for path, line, level, msg in self.items:
            if quiet and level == "warning":
                continue
            print(f"{path}:{line}: {level}: {msg}")


def strip_comment(raw: str) -> str:
    """Text before `#`, trimmed."""
    return raw.split("#", 1)[0].strip()


def read_lines(path: pathlib.Path, report: Report):
    """(line_number, raw_line) pairs, or [] after reporting a read/UTF-8 error."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        report.error(path, 1, f"not valid UTF-8 ({exc.reason} at byte {exc.start})")
        return []
    except OSError as exc:
        report.error(path, 0, f"cannot read: {exc.strerror}")
        return []
    return list(enumerate(text.splitlines(), start=1))


def parse_code_line(text, path, lineno, report):
    """Split `CODE: name | name`; returns (code, [names]) or None after reporting."""
    if ":" not in text:
        report.error(path, lineno, f"expected 'CODE: name | name', got {text!r}")
        return None
    code, rest = text.split(":", 1)
    code = code.strip()
    if not CODE_RE.match(code):
        report.error(path, lineno, f"bad code {code!r}: uppercase letters in groups of 3 expected")
        return None
    names = [n.strip() for n in rest.split("|")]
    if any(not n for n in names):
        report.error(path, lineno, "empty name (check for '||' or a trailing '|')")
        names = [n for n in names if n]
    if not names:
        report.error(path, lineno, f"code {code} has no names")
        return None
    return code, names


class NameIndex:
    """Tracks which code each lower-cased name maps to, across lines and files."""

    def __init__(self, report):
        self.report = report
        self.seen = {}  # key -> (code, path, line)

    def add(self, name, code, path, lineno, cross_level="error"):
        key = name.lower()
        prev = self.seen.get(key)
        if prev is None:
            self.seen[key] = (code, path, lineno)
            return
        prev_code, prev_path, prev_line = prev
        where = f"{prev_path.name}:{prev_line}"
        if prev_code == code:
            self.report.warn(path, lineno, f"duplicate name {name!r} (identical entry at {where})")
        elif cross_level == "error":
            self.report.error(path, lineno, f"name {name!r} is {code} here but {prev_code} at {where}")
        else:
            self.report.warn(path, lineno, f"name {name!r} is {code} here but {prev_code} at {where}")


def iso_codes():
    """ISO 3166-1 alpha-3 codes from Debian iso-codes, or None when it is not installed."""
    try:
        entries = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    except (OSError, ValueError, KeyError):
        return None
    return {e["alpha_3"] for e in entries}


def check_countries(path, report, index):
    """Validate countries.txt; returns the set of [country] codes."""
    iso = iso_codes()
    section = None
    country_codes, adjective_rows, metonym_rows = set(), [], []
    section_indexes = {s: NameIndex(report) for s in COUNTRY_SECTIONS}
    seen_sections = set()
    for lineno, raw in read_lines(path, report):
        text = strip_comment(raw)
        if not text:
            continue
        m = re.match(r"^\[(.*)\]$", text)
        if m:
            section = m.group(1).strip()
            if section not in COUNTRY_SECTIONS:
                report.error(path, lineno, f"unknown section [{section}] (expected one of {', '.join(COUNTRY_SECTIONS)})")
                section = None
            elif section in seen_sections:
                report.warn(path, lineno, f"section [{section}] opened a second time")
            seen_sections.add(section or "")
            continue
        if section is None:
            report.error(path, lineno, "entry outside a known section")
            continue
        parsed = parse_code_line(text, path, lineno, report)
        if not parsed:
            continue
        code, names = parsed
        if section == "country":
            if len(code) != 3:
                report.error(path, lineno, f"[country] code {code} must be an ISO alpha-3 code")
            elif iso is not None and code not in iso and code not in EXTRA_COUNTRY_CODES:
                report.error(path, lineno, f"[country] code {code} is not ISO 3166-1 alpha-3")
            if code in country_codes:
                report.error(path, lineno, f"country {code} listed twice")
            country_codes.add(code)
        elif section == "adjective":
            adjective_rows.append((lineno, code))
        else:
            metonym_rows.append((lineno, code))
        for name in names:
            section_indexes[section].add(name, code, path, lineno)
            if section != "adjective":  # adjectives may repeat across files as modifiers
                index.add(name, code, path, lineno)
    for lineno, code in adjective_rows:
        if code not in country_codes:
            report.error(path, lineno, f"adjective code {code} is not a [country] code")
    for lineno, code in metonym_rows:
        if len(code) < 6 and not code.startswith(("IGO", "NGO")):
            report.warn(path, lineno, f"metonym code {code} has no sector (e.g. {code}GOV)")
    for s in COUNTRY_SECTIONS:
        if s not in seen_sections:
            report.error(path, 0, f"section [{s}] is missing")
    return country_codes


def check_agents(path, report):
    """Validate agents.txt: 3-letter CAMEO sectors, each noun listed once."""
    names = NameIndex(report)
    for lineno, raw in read_lines(path, report):
        text = strip_comment(raw)
        if not text:
            continue
        parsed = parse_code_line(text, path, lineno, report)
        if not parsed:
            continue
        code, nouns = parsed
        if len(code) != 3:
            report.error(path, lineno, f"agent sector {code} must be 3 letters")
        elif code not in SECTORS:
            report.warn(path, lineno, f"sector {code} is not a known CAMEO sector")
        for noun in nouns:
            if noun != noun.strip() or "  " in noun:
                report.error(path, lineno, f"noun {noun!r} has stray spaces")
            names.add(noun, code, path, lineno)
    return names


def check_organizations(path, report, index, country_codes):
    """Validate organizations.txt: full CAMEO codes, names unique across actor files."""
    for lineno, raw in read_lines(path, report):
        text = strip_comment(raw)
        if not text:
            continue
        parsed = parse_code_line(text, path, lineno, report)
        if not parsed:
            continue
        code, names = parsed
        for name in names:
            index.add(name, code, path, lineno)


def parse_date(text, end):
    """Earliest (end=False) or latest (end=True) day of a YYYY[-MM[-DD]] date, or None."""
    m = DATE_RE.match(text)
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    day = int(m.group(3)) if m.group(3) else (last if end else 1)
    if not 1 <= day <= last:
        return None
    return (year, month, day)


def check_people(path, report, persons, variants):
    """Validate one people/*.txt file; fills persons (canonical) and variants indexes."""
    current = None  # (canonical, lineno, roles)

    def finish(person):
        if person is None:
            return
        name, lineno, roles = person
        if not roles:
            report.error(path, lineno, f"person {name!r} has no role lines")
        # Overlap only when certain: partial dates (YYYY, YYYY-MM) and same-day handovers pass.
        for i, (a_line, a_code, a_from, a_to) in enumerate(roles):
            for b_line, b_code, b_from, b_to in roles[i + 1:]:
                if a_code != b_code and max(a_from[1], b_from[1]) < min(a_to[0], b_to[0]):
                    report.warn(path, b_line, f"{name!r}: role {b_code} overlaps {a_code} (line {a_line}); say why in the description")

    for lineno, raw in read_lines(path, report):
        text = strip_comment(raw)
        if not text:
            continue
        if text.startswith("+"):
            finish(current)
            if raw.lstrip() != raw:
                report.warn(path, lineno, "'+' person line is indented")
            names = [n.strip() for n in text[1:].split("|")]
            if any(not n for n in names):
                report.error(path, lineno, "empty name in person line")
                names = [n for n in names if n]
            if not names:
                report.error(path, lineno, "person line without names")
                current = None
                continue
            canonical = names[0]
            prev = persons.get(canonical.lower())
            if prev:
                report.error(path, lineno, f"person {canonical!r} already defined at {prev[0].name}:{prev[1]}")
            else:
                persons[canonical.lower()] = (path, lineno)
            seen_here = set()
            for n in names:
                key = n.lower()
                if key in seen_here:
                    report.warn(path, lineno, f"variant {n!r} repeated in the same person")
                    continue
                seen_here.add(key)
                other = variants.get(key)
                if other and other[0] != canonical:
                    report.warn(path, lineno, f"name {n!r} also names {other[0]!r} ({other[1].name}:{other[2]}): ambiguous")
                else:
                    variants[key] = (canonical, path, lineno)
            current = (canonical, lineno, [])
            continue
        if raw[:1] not in (" ", "\t"):
            report.error(path, lineno, f"role line must be indented (or start a person with '+'): {text!r}")
            continue
        if current is None:
            report.error(path, lineno, "role line before any '+' person line")
            continue
        parts = text.split(None, 3)
        if len(parts) < 3:
            report.error(path, lineno, f"role line needs 'CODE FROM TO  description': {text!r}")
            continue
        code, start, stop = parts[0], parts[1], parts[2]
        if len(parts) < 4:
            report.warn(path, lineno, "role line has no description")
        if not CODE_RE.match(code):
            report.error(path, lineno, f"bad actor code {code!r}")
            continue
        lo = (0, 0, 0) if start == "-" else parse_date(start, end=False)
        hi = (9999, 12, 31) if stop == "-" else parse_date(stop, end=True)
        lo_late = lo if start == "-" else parse_date(start, end=True)
        hi_early = hi if stop == "-" else parse_date(stop, end=False)
        if lo is None:
            report.error(path, lineno, f"bad FROM date {start!r} (YYYY, YYYY-MM, YYYY-MM-DD or -)")
        if hi is None:
            report.error(path, lineno, f"bad TO date {stop!r} (YYYY, YYYY-MM, YYYY-MM-DD or -)")
        if lo is None or hi is None:
            continue
        if lo > hi:
            report.error(path, lineno, f"FROM {start} is after TO {stop}")
            continue
        current[2].append((lineno, code, (lo, lo_late), (hi_early, hi)))
    finish(current)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    strict, quiet = "--strict" in argv, "--quiet" in argv
    root = pathlib.Path(args[0]) if args else pathlib.Path(__file__).resolve().parent.parent / "data" / "actors"
    report = Report(root)
    index = NameIndex(report)
    countries = root / "countries.txt"
    country_codes = set()
    if countries.exists():
        country_codes = check_countries(countries, report, index)
    else:
        report.error(countries, 0, "missing")
    agents = root / "agents.txt"
    if agents.exists():
        agent_names = check_agents(agents, report)
    else:
        report.error(agents, 0, "missing")
        agent_names = NameIndex(report)
    orgs = root / "organizations.txt"
    if orgs.exists():
        check_organizations(orgs, report, index, country_codes)
    else:
        report.error(orgs, 0, "missing")
    for key, (code, path, lineno) in agent_names.seen.items():
        if key in index.seen:
            other = index.seen[key]
            report.warn(path, lineno, f"agent noun {key!r} is also the name {other[0]} at {other[1].name}:{other[2]}")
    persons, variants = {}, {}
    people_files = sorted((root / "people").glob("*.txt"))
    for path in people_files:
        check_people(path, report, persons, variants)
    report.show(quiet)
    errors, warnings = report.count("error"), report.count("warning")
    print(f"checked {root}: {len(people_files)} people files, {len(persons)} people; "
          f"{errors} errors, {warnings} warnings", file=sys.stderr)
    return 1 if errors or (strict and warnings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
