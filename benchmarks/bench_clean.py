"""Cleaning speed on the scrapinghub pages, on one core.

* dump path: pages/s of ``clean_dump`` over the pages rendered to text dumps (rendering not timed);
* HTML path: seconds/page of ``clean_html`` against ``trafilatura.extract`` alone.

    python benchmarks/bench_clean.py [--limit N] [--corpora PATH]
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from results_file import append_results

from recoupe.eval.extraction_corpora import load_scrapinghub, read_html
from recoupe.eval.render import RENDERERS

LOG = logging.getLogger(__name__)


def pin_one_core() -> str:
    """Run on a single CPU when the platform allows it."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one CPU"
    return "not pinned (no sched_setaffinity)"


def timed_over(function: Callable[[str], object], inputs: list[str]) -> tuple[float, int]:
    """Total seconds to run `function` over `inputs`, and how many calls failed."""
    failures = 0
    started = time.perf_counter()
    for item in inputs:
        try:
            function(item)
        except Exception as error:  # a benchmark reports failures, it does not stop on them
            failures += 1
            LOG.debug("failed: %s", error)
    return time.perf_counter() - started, failures


def dump_rows(htmls: list[str]) -> tuple[list[str], list[str]]:
    """Table rows for clean_dump over each renderer's dumps, plus notes."""
    try:
        from recoupe.clean.dump import clean_dump
    except ImportError as error:
        return [], [f"clean_dump not benchmarked: {error}"]
    rows = []
    for renderer, render in RENDERERS.items():
        dumps = [render(html) for html in htmls]
        seconds, failures = timed_over(clean_dump, dumps)
        rows.append(f"| clean_dump (dumps by {renderer}) | {len(dumps)} | {seconds:.2f} "
                    f"| {seconds / len(dumps) * 1000:.1f} | {len(dumps) / seconds:.1f} | {failures} |")
    return rows, []


def html_rows(htmls: list[str]) -> tuple[list[str], list[str]]:
    """Table rows for clean_html and trafilatura.extract on the same pages, plus notes."""
    import trafilatura

    systems: dict[str, Callable[[str], object]] = {"trafilatura.extract": trafilatura.extract}
    notes = []
    try:
        from recoupe.clean.html import clean_html

        systems["clean_html"] = clean_html
    except ImportError as error:
        notes.append(f"clean_html not benchmarked: {error}")
    rows = []
    for name, function in systems.items():
        seconds, failures = timed_over(function, htmls)
        rows.append(f"| {name} | {len(htmls)} | {seconds:.2f} | {seconds / len(htmls) * 1000:.1f} "
                    f"| {len(htmls) / seconds:.1f} | {failures} |")
    return rows, notes


def main() -> None:
    from recoupe.paths import corpora_dir

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--corpora", type=Path, default=corpora_dir())
    args = parser.parse_args()
    if args.corpora is None:
        raise SystemExit("no shared corpora found; pass --corpora PATH or set RECOUPE_SHARED")
    pinned = pin_one_core()
    pages = load_scrapinghub(args.corpora)[: args.limit]
    htmls = [read_html(page) for page in pages]
    dump, dump_notes = dump_rows(htmls)
    html, html_notes = html_rows(htmls)
    table = "\n".join(["| step | pages | seconds | ms/page | pages/s | failures |",
                       "|---|---:|---:|---:|---:|---:|", *dump, *html])
    append_results("bench_clean: scrapinghub pages", table,
                   notes=[pinned, "rendering to dumps is not timed", *dump_notes, *html_notes])


if __name__ == "__main__":
    main()
