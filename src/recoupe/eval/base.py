"""What every evaluation suite returns."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class SuiteResult:
    """Metrics of one suite run: flat `name -> value` figures plus a Markdown table."""

    suite: str
    metrics: dict[str, float]
    table: str = ""
    notes: list[str] = field(default_factory=list)


def print_result(result: SuiteResult, *, json_path: Path | None = None) -> None:
    """Print a suite's table and notes; write its metrics as JSON to `json_path` when given."""
    print(result.table)
    print("\n".join(f"- {note}" for note in result.notes))
    if json_path:
        json_path.write_text(json.dumps(result.metrics, indent=1, sort_keys=True), encoding="utf-8")
