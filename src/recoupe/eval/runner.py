"""`recoupe eval`: run suites over ../shared/corpora and check them against pinned floors."""

from __future__ import annotations

import importlib
import json
import logging
import sys
import time
from dataclasses import asdict
from pathlib import Path

from recoupe.eval.base import SuiteResult
from recoupe.paths import PACKAGE_DIR, corpora_dir

LOG = logging.getLogger(__name__)

SUITES = {
    "extraction": "recoupe.eval.extraction",
    "dates": "recoupe.eval.dates",
    "timex": "recoupe.eval.timex",
    "quotes": "recoupe.eval.quotes",
    "names": "recoupe.eval.names",
    "stories": "recoupe.eval.stories",
    "summary": "recoupe.eval.summary",
    "conflicts": "recoupe.eval.conflicts",
    "lineage": "recoupe.eval.lineage",
}
FLOORS_FILE = PACKAGE_DIR / "eval" / "floors.json"
# Options each suite gets in the gate: recoupe's own systems only, anchors are for the report.
GATE_OPTIONS: dict[str, dict] = {
    "timex": {"baseline": False},
    "quotes": {"errors": False},
    "extraction": {"systems": ["recoupe"]},
}


def load_floors() -> dict[str, dict[str, float]]:
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))


def run_suite(name: str, *, limit: int | None = None, gate: bool = False) -> SuiteResult:
    """Run one suite over the shared corpora."""
    corpora = corpora_dir()
    if corpora is None:
        raise FileNotFoundError("../shared/corpora is not present; set RECOUPE_SHARED to the shared folder")
    module = importlib.import_module(SUITES[name])
    options = GATE_OPTIONS.get(name, {}) if gate else {}
    return module.run(corpora, limit=limit, **options)


def check_floors(result: SuiteResult, floors: dict[str, float]) -> list[str]:
    """Readable failures: metrics below their floor, or missing."""
    failures = []
    for key, floor in sorted(floors.items()):
        value = result.metrics.get(key)
        if value is None:
            failures.append(f"{result.suite}: metric {key} is missing (floor {floor})")
        elif value + 1e-9 < floor:
            failures.append(f"{result.suite}: {key} = {value:.4f} is below its floor {floor:.4f}")
    return failures


def run_gate(*, limit: int | None = None, suites: list[str] | None = None) -> tuple[list[SuiteResult], list[str]]:
    """Every suite with floors, checked; returns the results and the failures."""
    floors = load_floors()
    results, failures = [], []
    for name in suites or sorted(floors):
        result = run_suite(name, limit=limit, gate=True)
        results.append(result)
        failures += check_floors(result, floors[name])
    return results, failures


def run_cli(suite: str, *, limit: int | None = None, out: Path | None = None) -> int:
    """The `recoupe eval` command: prints tables; exit 1 when a gate floor is not met."""
    if suite == "list":
        print("\n".join(sorted(SUITES)))
        return 0
    if corpora_dir() is None:
        print("recoupe: ../shared/corpora is not present; set RECOUPE_SHARED to the shared folder", file=sys.stderr)
        return 1
    started = time.monotonic()
    if suite == "gate":
        results, failures = run_gate(limit=limit)
    else:
        names = sorted(SUITES) if suite == "all" else [suite]
        unknown = [n for n in names if n not in SUITES]
        if unknown:
            print(f"recoupe: unknown suite {unknown[0]!r}; choose from: {', '.join(sorted(SUITES))}", file=sys.stderr)
            return 1
        results, failures = [run_suite(n, limit=limit) for n in names], []
    for result in results:
        print(f"## {result.suite}\n\n{result.table}\n")
        for note in result.notes:
            print(f"- {note}")
    if out:
        out.write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=2), encoding="utf-8")
    for failure in failures:
        print(f"recoupe: gate: {failure}", file=sys.stderr)
    print(f"recoupe: eval {suite} done in {time.monotonic() - started:.0f}s", file=sys.stderr)
    return 1 if failures else 0
