"""Append a benchmark's Markdown table to `benchmarks/results.md`, with the date and command."""

from __future__ import annotations

import datetime as dt
import platform
import shlex
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.md"


def machine() -> str:
    """One line describing where the benchmark ran."""
    import os

    return f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def append_results(title: str, table: str, *, notes: list[str] | None = None, path: Path = RESULTS) -> None:
    """Append one dated section: title, command, machine, table and notes."""
    command = "python " + " ".join(shlex.quote(a) for a in sys.argv)
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    lines = [f"## {title} ({stamp})", "", f"Command: `{command}`  ", f"Machine: {machine()}", "", table, ""]
    lines += [f"- {note}" for note in notes or []]
    if not path.exists():
        path.write_text("# Benchmark results\n\nAppended by the scripts in this folder; newest last.\n\n",
                        encoding="utf-8")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines).rstrip() + "\n\n")
    print("\n".join(lines))
