"""What every evaluation suite returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class SuiteResult:
    """Metrics of one suite run: flat `name -> value` figures plus a Markdown table."""

    suite: str
    metrics: dict[str, float]
    table: str = ""
    notes: list[str] = field(default_factory=list)
