"""Core types of recoupe: what every stage reads and writes.

Every derived fact keeps the character spans it came from. All types are slotted dataclasses
that round-trip through JSON with :func:`to_json` / ``Type.from_json``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

PageKind = Literal["dump", "html", "jsonl", "warc", "feed", "url"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Relation = Literal["original", "copy", "rewrite"]


@dataclass(slots=True)
class RawPage:
    """What was read: one page before cleaning."""

    source: str  # path, path#record, or URL
    kind: PageKind  # kind of the content itself: "dump" or "html" after container unpacking
    text: str | None = None  # decoded text (dumps) or decoded HTML
    url: str | None = None
    outlet: str | None = None  # given by the container (JSONL, feed, WARC host)
    title: str | None = None
    published: str | None = None  # ISO 8601 given by the container
    fetched_at: str | None = None  # ISO 8601 capture time, when known
    container: str | None = None  # "warc", "feed", "jsonl" ... when unpacked from one
    external_id: str | None = None  # id given by the container (JSONL `id`)


@dataclass(slots=True)
class PageError:
    """A page that could not be processed; the batch goes on."""

    source: str
    stage: str  # ingest | clean | annotate | ...
    reason: str  # one readable line


@dataclass(slots=True)
class RemovedBlock:
    """A block the cleaner removed, with why."""

    text: str
    reason: str  # e.g. "cookie-banner", "navigation", "repeated-block"
    line: int | None = None  # first line number in the raw dump, when known


@dataclass(slots=True)
class Published:
    """A publication date and where it came from. Never invented."""

    value: str  # ISO 8601 date or datetime
    origin: str  # e.g. "byline", "html-meta", "container", "url"
    evidence: str | None = None  # the text it was read from


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """An entity as it appears in one article; `name` is canonical across the corpus."""

    name: str
    type: str  # PER | ORG | LOC | MISC
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None  # canonical entity name, or the speaker's text when not an entity
    speaker_start: int | None = None
    speaker_end: int | None = None
    verb: str | None = None  # reporting verb lemma ("déclarer"), or "selon"
    speaker_role: str | None = None  # "président|élu|états-unis" when the speaker is a role no name resolved


@dataclass(slots=True)
class RoleBinding:
    """A role the article gives a named person ("le président russe Vladimir Poutine")."""

    role: str  # noun and normalised modifiers, "président|russie"
    name: str  # the person's entity name (canonical after the corpus stage)
    start: int
    end: int


@dataclass(slots=True)
class Timex:
    text: str
    start: int
    end: int
    value: str | None  # ISO 8601 / TIMEX3-like ("2024-11-07", "2024-07", "P2W"), None if unresolved
    type: str  # DATE | TIME | DURATION | SET
    anchor: str | None = None  # the date it was resolved against


@dataclass(slots=True)
class Article:
    """A cleaned page: the unit every later stage works on."""

    id: str
    source: str
    text: str  # paragraphs separated by one blank line
    title: str | None = None
    outlet: str | None = None
    published: Published | None = None
    lang: str | None = None
    url: str | None = None
    kind: str = "dump"
    removed: list[RemovedBlock] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    roles: list[RoleBinding] = field(default_factory=list)
    # The date relative expressions are resolved against when `published` is unknown: inferred
    # from the page's own dates or from its story, with its origin; never a publication date.
    reference: Published | None = None
    # Where `title` comes from: "page" (its own title) or "lede" (derived from the first sentence
    # of a page that has none); None without a title.
    title_origin: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    @property
    def published_value(self) -> str | None:
        return self.published.value if self.published else None

    @property
    def anchor_value(self) -> str | None:
        """The date relative expressions are resolved against: publication, else reference."""
        return self.published_value or (self.reference.value if self.reference else None)


@dataclass(slots=True)
class Citation:
    article_id: str
    start: int
    end: int
    outlet: str | None = None


@dataclass(slots=True)
class SummarySentence:
    text: str
    citations: list[Citation]


@dataclass(slots=True)
class TimelineEntry:
    date: str  # ISO value of the event
    text: str  # the sentence that dates the event
    citations: list[Citation]
    background: bool = False  # well before the story's own events (context, not news)


@dataclass(slots=True)
class QuoteRow:
    speaker: str | None
    wording: str  # the most common wording
    variants: list[str]
    outlets: list[str]
    first_seen: str | None  # earliest publication date among carriers
    citations: list[Citation]
    kind: str = "direct"
    # Shorter quotations whose words lie inside this one ("prête" in "la Russie est prête à ..."),
    # with where each was quoted; they are not rows of their own.
    fragments: list[str] = field(default_factory=list)
    fragment_citations: list[Citation] = field(default_factory=list)
    # Each wording of the row (the usual one first) -> the outlets that carry it.
    wording_outlets: dict[str, list[str]] = field(default_factory=dict)


@dataclass(slots=True)
class Source:
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    relation: Relation
    of: str | None = None  # the article this one copies or rewrites
    similarity: float | None = None
    source: str | None = None
    url: str | None = None
    title_origin: str | None = None  # "lede" when the title was derived from the first sentence


@dataclass(slots=True)
class Flag:
    kind: str  # "conflicting-figures" | "conflicting-statements" | "out-of-time" | ...
    message: str
    evidence: list[Citation]
    details: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Story:
    id: str
    title: str
    article_ids: list[str]
    first: str | None = None
    last: str | None = None
    entities: list[str] = field(default_factory=list)
    flags: int = 0


@dataclass(slots=True)
class Dossier:
    story: Story
    summary: list[SummarySentence]
    timeline: list[TimelineEntry]
    quotes: list[QuoteRow]
    entities: list[dict[str, Any]]  # name, type, aliases, articles
    sources: list[Source]
    flags: list[Flag]
    generated_at: str | None = None


# ---------------------------------------------------------------------------- JSON round trip

T = TypeVar("T")


def to_json(obj: Any) -> Any:
    """Turn a dataclass tree into plain JSON-able data (properties are not included)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    return obj


def from_json(cls: type[T], data: Any) -> T:
    """Rebuild a dataclass of type `cls` from :func:`to_json` output."""
    import typing

    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    import types
    import typing

    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(args[0], value) if len(args) == 1 else value
    if origin is list:
        (inner,) = typing.get_args(hint)
        return [_convert(inner, v) for v in value]
    if dataclasses.is_dataclass(hint):
        return from_json(hint, value)
    return value


# ---------------------------------------------------------------------------- ids

def normalise_for_id(text: str) -> str:
    """Lowercased, accent-folded, whitespace-collapsed text used for stable ids."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\s+", " ", text).strip()


def article_id(text: str, source: str) -> str:
    """Stable id: hash of the normalised text and the source."""
    digest = hashlib.sha1(f"{source}\n{normalise_for_id(text)}".encode("utf-8")).hexdigest()
    return digest[:16]
