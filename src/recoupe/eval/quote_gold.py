"""The whole-article quote gold: annotations resolved to offsets over corpus articles, by key.

Annotators write quotes and speaker mentions as exact strings (`docs/quote-annotation.md`);
:func:`resolve_article` turns them into character offsets. The stored gold
(`eval/data/quote_gold.jsonl`) keeps offsets, the article's corpus key, its split and a digest of
its text, never the text: :func:`load_gold` reads the texts from `../shared/corpora`.

    python -m recoupe.eval.quote_gold show KEY...        # print articles to annotate
    python -m recoupe.eval.quote_gold check FILE         # resolve annotations, show them in context
    python -m recoupe.eval.quote_gold store SELECTION FILE... OUT   # write the stored gold
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from recoupe.eval.press_fr import CorpusArticle, articles_by_key
from recoupe.paths import PACKAGE_DIR, corpora_dir

GOLD_PATH = PACKAGE_DIR / "eval" / "data" / "quote_gold.jsonl"
KINDS = ("direct", "indirect", "mixed")
SPEAKER_KINDS = ("person", "organisation", "media", "group", "unnamed")
GENRES = ("report", "agency", "press-review", "interview", "opinion")


@dataclass(slots=True)
class GoldQuote:
    """One annotated quote with offsets into its article's text."""

    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str | None = None
    nested_in: int | None = None


@dataclass(slots=True)
class GoldArticle:
    """An annotated article: corpus key, outlet, genre, split and quotes (text read from the corpus)."""

    key: str
    outlet: str
    genre: str
    split: str
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)


class AnnotationError(ValueError):
    """An annotation that cannot be resolved against its article's text."""


def resolve_article(annotation: dict, text: str) -> list[GoldQuote]:
    """Offsets of every quote and speaker mention of one annotated article."""
    quotes = []
    for number, item in enumerate(annotation.get("quotes", [])):
        try:
            quotes.append(_resolve_quote(item, text))
        except AnnotationError as error:
            raise AnnotationError(f"quote {number} ({item.get('quote', '')[:50]!r}): {error}") from None
    return quotes


def _resolve_quote(item: dict, text: str) -> GoldQuote:
    if item.get("kind") not in KINDS:
        raise AnnotationError(f"kind must be one of {KINDS}")
    if item.get("speaker_kind") not in (None, *SPEAKER_KINDS):
        raise AnnotationError(f"speaker_kind must be one of {SPEAKER_KINDS} or null")
    start = _find(text, item.get("quote") or "", item.get("occurrence"))
    end = start + len(item["quote"])
    if "\n\n" in text[start:end]:
        raise AnnotationError("a quote never crosses a paragraph break: split it")
    mention = item.get("speaker_mention")
    speaker_start = speaker_end = None
    if mention:
        speaker_start = _mention_start(text, mention, start, end, item.get("speaker_occurrence"))
        speaker_end = speaker_start + len(mention)
    return GoldQuote(start, end, item["kind"], item.get("speaker"), speaker_start, speaker_end,
                     item.get("speaker_kind"), item.get("nested_in"))


def _occurrences(text: str, needle: str) -> list[int]:
    found, index = [], text.find(needle)
    while index >= 0 and needle:
        found.append(index)
        index = text.find(needle, index + 1)
    return found


def _find(text: str, needle: str, occurrence: int | None) -> int:
    found = _occurrences(text, needle)
    if not found:
        raise AnnotationError("not found in the article text (copy it exactly)")
    if occurrence is not None:
        if not 1 <= occurrence <= len(found):
            raise AnnotationError(f"occurrence {occurrence} asked, {len(found)} found")
        return found[occurrence - 1]
    if len(found) > 1:
        raise AnnotationError(f"found {len(found)} times: add \"occurrence\" (1-based)")
    return found[0]


def _mention_start(text: str, mention: str, start: int, end: int, occurrence: int | None) -> int:
    """The mention's occurrence nearest the quote: same paragraph first, before the quote first."""
    if occurrence is not None:
        return _find(text, mention, occurrence)
    found = _occurrences(text, mention)
    if not found:
        raise AnnotationError(f"speaker mention {mention!r} not found in the article text")
    paragraph_start = text.rfind("\n\n", 0, start) + 1
    paragraph_end = text.find("\n\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end

    def rank(position: int) -> tuple[int, int, int]:
        outside = not paragraph_start <= position < paragraph_end
        after = position >= start
        distance = position - end if after else start - position
        return (outside, after, distance)

    return min(found, key=rank)


def load_gold(path: Path = GOLD_PATH, *, corpora: Path | None = None, split: str | None = None) -> list[GoldArticle]:
    """Gold articles with their texts read from the corpora (None when the corpora are absent)."""
    corpora = corpora or corpora_dir()
    if corpora is None:
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if split is None or row["split"] == split]
    texts = articles_by_key(corpora, {row["key"] for row in rows})
    articles = []
    for row in rows:
        article = texts.get(row["key"])
        if article is None or article.digest != row["digest"]:
            raise AnnotationError(f"{row['key']}: article missing or changed in the corpora")
        quotes = [GoldQuote(**quote) for quote in row["quotes"]]
        articles.append(GoldArticle(row["key"], row["outlet"], row["genre"], row["split"], article.text, quotes))
    return articles


# ---------------------------------------------------------------------------- annotator commands

def _show(keys: list[str]) -> None:
    found = articles_by_key(corpora_dir(), set(keys))
    for key in keys:
        article = found.get(key)
        print(f"=== {key} ({article.outlet if article else 'not found'}) ===")
        print(article.text if article else "")
        print()


def _context(text: str, quote: GoldQuote) -> str:
    marks = [(quote.start, "[["), (quote.end, "]]")]
    if quote.speaker_start is not None:
        marks += [(quote.speaker_start, "{{"), (quote.speaker_end, "}}")]
    low = max(0, min(p for p, _ in marks) - 60)
    high = min(len(text), max(p for p, _ in marks) + 60)
    pieces, last = [], low
    for position, mark in sorted(marks):
        pieces += [text[last:position], mark]
        last = position
    pieces.append(text[last:high])
    return "".join(pieces).replace("\n", " ¶ ")


def _check(path: Path, *, verbose: bool = True) -> tuple[dict[str, list[GoldQuote]], int]:
    annotations = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = articles_by_key(corpora_dir(), {a["key"] for a in annotations})
    resolved, errors = {}, 0
    for annotation in annotations:
        article = texts.get(annotation["key"])
        try:
            if article is None:
                raise AnnotationError("unknown key")
            if annotation.get("genre") not in GENRES:
                raise AnnotationError(f"genre must be one of {GENRES}")
            resolved[annotation["key"]] = quotes = resolve_article(annotation, article.text)
        except AnnotationError as error:
            errors += 1
            print(f"ERROR {annotation['key']}: {error}")
            continue
        if verbose:
            print(f"=== {annotation['key']}: {len(quotes)} quotes")
            for quote in quotes:
                print(f"  {quote.kind:8} {quote.speaker!r:30} {_context(article.text, quote)}")
    return resolved, errors


def _store(selection: Path, annotated: list[Path], out: Path) -> None:
    chosen = {row["key"]: row for row in map(json.loads, selection.read_text(encoding="utf-8").splitlines())}
    genres = {}
    resolved: dict[str, list[GoldQuote]] = {}
    for path in annotated:
        found, errors = _check(path, verbose=False)
        if errors:
            raise SystemExit(f"{path}: {errors} articles with errors; fix them first")
        resolved.update(found)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                genres[json.loads(line)["key"]] = json.loads(line)["genre"]
    with out.open("w", encoding="utf-8") as handle:
        for key, row in chosen.items():
            if key in resolved:
                record = {"key": key, "outlet": row["outlet"], "genre": genres[key], "split": row["split"],
                          "digest": row["digest"], "quotes": [_quote_json(q) for q in resolved[key]]}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _quote_json(quote: GoldQuote) -> dict:
    from dataclasses import asdict

    return {k: v for k, v in asdict(quote).items() if v is not None or k in ("speaker",)}


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "show":
        _show(argv[1:])
    elif len(argv) == 2 and argv[0] == "check":
        _, errors = _check(Path(argv[1]))
        print(f"{errors} articles with errors")
        return 1 if errors else 0
    elif len(argv) >= 4 and argv[0] == "store":
        _store(Path(argv[1]), [Path(p) for p in argv[2:-1]], Path(argv[-1]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
