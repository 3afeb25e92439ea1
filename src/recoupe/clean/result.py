"""The result both cleaners (text dumps and HTML) return."""

from __future__ import annotations

from dataclasses import dataclass, field

from recoupe.types import Published, RemovedBlock


@dataclass(slots=True)
class CleanResult:
    """What a cleaner found in one page: the article body and what it removed, with why."""

    title: str | None
    paragraphs: list[str]
    removed: list[RemovedBlock] = field(default_factory=list)
    published: Published | None = None
    outlet: str | None = None
    author: str | None = None
    # Every visible line of the page as the cleaner saw it (raw dump lines, or the HTML's visible
    # text blocks), kept or not: what per-outlet templates are learned from.
    page_lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)
