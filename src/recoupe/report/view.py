"""What the templates show: the dossier with numbered citations, excerpts and labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from recoupe.types import Article, Citation, Dossier

FLAG_LABELS = {
    "out-of-time": "Article hors période",
    "conflicting-figures": "Chiffres divergents",
    "conflicting-statements": "Affirmations contradictoires",
    "disputed-figures": "Chiffres contestés",
    "conflicting-speakers": "Citation attribuée à plusieurs personnes",
    "altered-quote": "Citation modifiée",
    "check-failed": "Vérification en échec",
}
RELATION_LABELS = {"original": "original", "copy": "copie", "rewrite": "réécriture"}
EXCERPT_CHARS = 320


@dataclass(slots=True)
class CitedSpan:
    """A numbered citation: where it points and the words it points to."""

    number: int
    article_id: str
    start: int
    end: int
    outlet: str
    excerpt: str | None


@dataclass(slots=True)
class View:
    """The dossier prepared for a template."""

    dossier: Dossier
    spans: list[CitedSpan] = field(default_factory=list)
    numbers: dict[tuple[str, int, int], int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # article id -> outlet or title
    background: list[bool] = field(default_factory=list)

    def cite(self, citation: Citation) -> int:
        """The number of a citation (the same span always gets the same number)."""
        return self.numbers[(citation.article_id, citation.start, citation.end)]

    def name(self, article_id: str) -> str:
        return self.names.get(article_id, article_id)


def build_view(dossier: Dossier, *, articles: Sequence[Article] = ()) -> View:
    """Number every citation in reading order and find the text each one points to."""
    texts = {a.id: a.text for a in articles}
    known = _known_texts(dossier)
    view = View(dossier=dossier, background=[entry.background for entry in dossier.timeline])
    for source in dossier.sources:
        fallback = source.source.rsplit("/", 1)[-1] if source.source else source.article_id
        view.names[source.article_id] = source.outlet or source.title or fallback
    for citation in _all_citations(dossier):
        key = (citation.article_id, citation.start, citation.end)
        if key in view.numbers:
            continue
        text = texts.get(citation.article_id)
        excerpt = text[citation.start:citation.end] if text is not None else known.get(key)
        view.numbers[key] = len(view.spans) + 1
        view.spans.append(CitedSpan(
            number=len(view.spans) + 1, article_id=citation.article_id, start=citation.start,
            end=citation.end, outlet=citation.outlet or view.name(citation.article_id),
            excerpt=_shorten(excerpt) if excerpt else None,
        ))
    return view


def _all_citations(dossier: Dossier) -> list[Citation]:
    """Citations in the order the dossier shows them."""
    return [
        *(c for s in dossier.summary for c in s.citations),
        *(c for e in dossier.timeline for c in e.citations),
        *(c for q in dossier.quotes for c in [*q.citations, *q.fragment_citations]),
        *(c for f in dossier.flags for c in f.evidence),
    ]


def _known_texts(dossier: Dossier) -> dict[tuple[str, int, int], str]:
    """Span texts the dossier itself carries (first citation of a summary sentence or timeline entry)."""
    known = {}
    for text, citations in [*((s.text, s.citations) for s in dossier.summary),
                            *((e.text, e.citations) for e in dossier.timeline)]:
        if citations:
            first = citations[0]
            known[(first.article_id, first.start, first.end)] = text
    return known


def _shorten(text: str) -> str:
    """An excerpt cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= EXCERPT_CHARS:
        return text
    return text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
