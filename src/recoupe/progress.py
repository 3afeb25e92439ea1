"""Progress reporting: a rich progress bar on a terminal, plain log lines when piped."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

PLAIN_EVERY_SECONDS = 10.0


def track(items: Iterable[T], *, label: str, total: int | None = None, enabled: bool = True) -> Iterator[T]:
    """Yield `items`, showing progress on stderr: a bar on a TTY, a line every few seconds otherwise."""
    if not enabled:
        yield from items
        return
    if sys.stderr.isatty():
        yield from _rich(items, label=label, total=total)
    else:
        yield from _plain(items, label=label)


def _rich(items: Iterable[T], *, label: str, total: int | None) -> Iterator[T]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)


def _plain(items: Iterable[T], *, label: str) -> Iterator[T]:
    count, last = 0, time.monotonic()
    for item in items:
        yield item
        count += 1
        if time.monotonic() - last >= PLAIN_EVERY_SECONDS:
            print(f"recoupe: {label}: {count} done", file=sys.stderr, flush=True)
            last = time.monotonic()
