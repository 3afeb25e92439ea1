"""Quote suite: quotes and speakers in whole French articles, on a tuning and a test half.

Gold: `eval/data/quote_gold.jsonl` (articles of press-fr and RPM2 by corpus key, annotated
after `docs/quote-annotation.md`, split by article before any rule was written) and the older
paragraph set `eval/data/quotes_fr.jsonl` (81 quotes, tuned on). Scoring follows the Gender Gap
Tracker (:mod:`recoupe.eval.quote_scoring`): F1 at 0.3 and 0.8 coverage of the gold span, speaker
accuracy on the quotes matched at 0.3; intersection over union at 0.5 beside them. The baseline
in the same run takes every quote-marked span and gives it to the nearest person named before it.

Outside the gate, the run writes the most frequent error kinds, with examples from the tuning
half only, to `docs/quote-errors.md` (:mod:`recoupe.eval.quote_errors`).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

from recoupe.eval.base import SuiteResult
from recoupe.eval.quote_gold import GoldArticle, GoldQuote, load_gold
from recoupe.eval.quote_scoring import THRESHOLDS, Span, Tally, add, iou
from recoupe.nlp.quote_marks import find_quote_spans
from recoupe.paths import PACKAGE_DIR, REPO_DIR, seeds_dir
from recoupe.types import Article, Quote, article_id

LOG = logging.getLogger(__name__)

PARAGRAPHS_PATH = PACKAGE_DIR / "eval" / "data" / "quotes_fr.jsonl"
ERRORS_DOC = REPO_DIR / "docs" / "quote-errors.md"
HALVES = ("tune", "test")
System = Callable[[list[str]], list[list[Quote]]]


def run(corpora: Path | None = None, *, limit: int | None = None, errors: bool = True) -> SuiteResult:
    """Score recoupe and the baseline on both halves of the gold and on the paragraph set."""
    articles = load_gold(corpora=corpora)
    paragraphs = _paragraph_items(limit)
    metrics: dict[str, float] = {}
    rows: list[tuple[str, str, dict[str, Tally]]] = []
    predictions: dict[str, list[list[Quote]]] = {}
    for half in HALVES:
        chosen = [a for a in articles if a.split == half][:limit]
        if not chosen:
            continue
        gold = [[_gold_span(q) for q in a.quotes] for a in chosen]
        started = time.perf_counter()
        predictions[half] = ours = recoupe_quotes([a.text for a in chosen])
        metrics[f"{half}.ours.seconds_per_article"] = round((time.perf_counter() - started) / len(chosen), 4)
        rows += _score_rows(half, gold, {"ours": ours, "baseline": baseline_quotes([a.text for a in chosen])}, metrics)
    paragraph_gold = [[_gold_span(q) for q in item[1]] for item in paragraphs]
    texts = [item[0] for item in paragraphs]
    rows += _score_rows("paragraphs", paragraph_gold, {"ours": recoupe_quotes(texts), "baseline": baseline_quotes(texts)}, metrics)
    notes = _notes(articles, paragraphs)
    notes += _seed_canonicalisation(corpora, metrics)
    if errors and "tune" in predictions and ERRORS_DOC.parent.is_dir():
        from recoupe.eval.quote_errors import write_error_report

        write_error_report(ERRORS_DOC, articles, predictions)
        notes.append(f"error kinds written to {ERRORS_DOC}")
    return SuiteResult(suite="quotes", metrics=metrics, table=_table(rows), notes=notes)


def recoupe_quotes(texts: list[str]) -> list[list[Quote]]:
    """recoupe's quotes of each text, through the product's annotation step."""
    from recoupe.nlp.annotate import annotate_articles

    articles = [Article(id=article_id(text, str(n)), source=str(n), text=text, lang="fr") for n, text in enumerate(texts)]
    return [item.quotes if isinstance(item, Article) else [] for item in annotate_articles(articles)]


def baseline_quotes(texts: list[str]) -> list[list[Quote]]:
    """Every quote-marked span, spoken by the nearest person the model names before it."""
    from recoupe.nlp.models import load_spacy

    result = []
    for doc in load_spacy().pipe(texts):
        people = [(ent.start_char, ent.end_char, ent.text) for ent in doc.ents if ent.label_ == "PER"]
        quotes = []
        for span in find_quote_spans(doc.text):
            before = [p for p in people if p[0] < span.open]
            speaker = before[-1] if before else None
            quotes.append(Quote(doc.text[span.start:span.end], span.start, span.end, "direct",
                                speaker=speaker[2] if speaker else None,
                                speaker_start=speaker[0] if speaker else None, speaker_end=speaker[1] if speaker else None))
        result.append(quotes)
    return result


def _score_rows(name: str, gold: list[list[Span]], systems: dict[str, list[list[Quote]]], metrics: dict[str, float]):
    rows = []
    for system, predicted in systems.items():
        tallies = {f"cov{int(t * 100)}": Tally() for t in THRESHOLDS}
        tallies["iou50"] = Tally()
        for article_gold, article_predicted in zip(gold, predicted):
            spans = [_predicted_span(q) for q in article_predicted]
            for threshold in THRESHOLDS:
                add(tallies[f"cov{int(threshold * 100)}"], article_gold, spans, threshold=threshold)
            add(tallies["iou50"], article_gold, spans, threshold=0.5 - 1e-9, measure=iou)
        for rule, tally in tallies.items():
            metrics.update(tally.metrics(f"{name}.{system}.{rule}"))
        rows.append((name, system, tallies))
    return rows


def _gold_span(quote) -> Span:
    return Span(quote.start, quote.end, quote.kind, quote.speaker, quote.speaker_start, quote.speaker_end)


def _predicted_span(quote: Quote) -> Span:
    return Span(quote.start, quote.end, quote.kind, quote.speaker, quote.speaker_start, quote.speaker_end)


# ---------------------------------------------------------------------------- the paragraph set

def _paragraph_items(limit: int | None) -> list[tuple[str, list[GoldQuote]]]:
    """The older paragraph set: texts with quotes located by their strings."""
    items = []
    for line in PARAGRAPHS_PATH.read_text(encoding="utf-8").splitlines()[:limit]:
        if not line.strip():
            continue
        item = json.loads(line)
        quotes = []
        for quote in item["quotes"]:
            start = item["text"].find(quote["quote"])
            if start >= 0:
                quotes.append(GoldQuote(start, start + len(quote["quote"]), quote.get("kind", "direct"), quote.get("speaker")))
        items.append((item["text"], quotes))
    return items


# ---------------------------------------------------------------------------- report

def _notes(articles: list[GoldArticle], paragraphs: list) -> list[str]:
    notes = []
    for half in HALVES:
        chosen = [a for a in articles if a.split == half]
        quotes = sum(len(a.quotes) for a in chosen)
        notes.append(f"{half}: {len(chosen)} articles, {quotes} quotes, {len({a.outlet for a in chosen})} outlets")
    notes.append(f"paragraphs (tuned on): {len(paragraphs)} items, {sum(len(q) for _, q in paragraphs)} quotes")
    if not articles:
        notes.append("whole-article gold not scored: ../shared/corpora is absent")
    return notes


def _table(rows) -> str:
    lines = ["| data | system | P/R/F1 at 0.3 | P/R/F1 at 0.8 | F1 IoU 0.5 | speaker acc. | mention acc. |",
             "|---|---|---|---|---:|---:|---:|"]
    for name, system, tallies in rows:
        loose = tallies["cov30"].metrics("x")
        strict = tallies["cov80"].metrics("x")
        lines.append(
            f"| {name} | {system} | {_prf(loose)} | {_prf(strict)} | {tallies['iou50'].metrics('x')['x.f1']:.3f} "
            f"| {loose['x.speaker_accuracy']:.3f} | {loose['x.mention_accuracy']:.3f} |")
    return "\n".join(lines)


def _prf(figures: dict[str, float]) -> str:
    return f"{figures['x.precision']:.3f}/{figures['x.recall']:.3f}/{figures['x.f1']:.3f}"


# ---------------------------------------------------------------------------- seeds

def annotated_articles(paths: list[Path], *, clean: bool = True, canonical: bool = True) -> list[Article]:
    """Articles of text files with entities and quotes (one spaCy pass each), canonicalised together."""
    from recoupe.nlp.entities import canonicalize, entities_from_doc
    from recoupe.nlp.models import load_spacy
    from recoupe.nlp.quotes import quotes_from_doc

    texts = [_article_text(path) if clean else path.read_text(encoding="utf-8") for path in paths]
    articles = []
    for path, text, doc in zip(paths, texts, load_spacy().pipe(texts)):
        entities = entities_from_doc(doc)
        articles.append(Article(id=article_id(text, str(path)), source=str(path), text=text,
                                entities=entities, quotes=quotes_from_doc(doc, entities)))
    if canonical:
        canonicalize(articles)
    return articles


def _seed_canonicalisation(corpora: Path | None, metrics: dict[str, float]) -> list[str]:
    """Annotate the seeds, canonicalise across them, and say which names merged."""
    from recoupe.nlp.entity_canon import merged_names

    folder = (corpora.parent / "seeds") if corpora and (corpora.parent / "seeds").is_dir() else seeds_dir()
    if folder is None:
        return ["seeds not found: canonicalisation not measured"]
    articles = annotated_articles(sorted(folder.glob("*.txt")))
    merged = merged_names(articles)
    metrics["seed_names_merged"] = float(sum(len(v) for v in merged.values()))
    return [f"seed canonicalisation: {name} <- {', '.join(aliases)}" for name, aliases in merged.items()]


def _article_text(path: Path) -> str:
    """The cleaned text of a seed when the dump cleaner is available, else the raw capture."""
    raw = path.read_text(encoding="utf-8")
    try:
        from recoupe.clean.dump import clean_dump
    except ImportError:
        return raw
    try:
        return clean_dump(raw).text or raw
    except Exception as error:  # noqa: BLE001 - another team's cleaner must not stop the suite
        LOG.warning("clean_dump failed on %s: %s; using the raw capture", path.name, error)
        return raw
