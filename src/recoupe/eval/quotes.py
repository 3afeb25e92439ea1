"""Quote suite: detection and speaker attribution on a hand-annotated French gold set, plus a baseline.

Gold (`eval/data/quotes_fr.jsonl`): one paragraph (or a few) per line from the seeds, RPM2 and the
gilets-jaunes press corpus, with every quotation annotated as
`{"quote": <substring>, "speaker": <name or null>, "kind": "direct" | "mixed" | "indirect"}`.
Annotation rules: text inside quote marks that reports someone's words is a quote ("direct" when it
stands as an utterance, "mixed" when the narrator's sentence embeds it); quoted titles, labels and
nicknames ("gilets jaunes", a film title) are not; an indirect quote is the clause after
"<reporting verb> que", or the clause attributed by "selon X," or a postposed "…, a indiqué X";
a clause made mostly of a quotation is annotated as that quotation only; the speaker is named as
the text names them (fullest form), a joint speaker by its first name, an unnamed one by its phrase.

A prediction matches a gold quote when their spans overlap with intersection-over-union >= 0.5
(greedy one-to-one). Speaker accuracy counts matched quotes whose speaker agrees (same folded
name without determiners, or one is the surname tail of the other).
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from recoupe.eval.base import SuiteResult
from recoupe.lang.fr.names import DETERMINERS
from recoupe.nlp.entity_spans import name_key
from recoupe.nlp.quote_marks import find_quote_spans
from recoupe.paths import PACKAGE_DIR, seeds_dir
from recoupe.types import Article, Quote, article_id

LOG = logging.getLogger(__name__)

GOLD_PATH = PACKAGE_DIR / "eval" / "data" / "quotes_fr.jsonl"
MIN_IOU = 0.5
Span = tuple[int, int]


def run(corpora: Path | None = None, *, limit: int | None = None) -> SuiteResult:
    """Score our quote extraction and a marks-plus-nearest-person baseline; report seed canonicalisation."""
    from recoupe.nlp.entities import entities_from_doc
    from recoupe.nlp.models import load_spacy
    from recoupe.nlp.quotes import quotes_from_doc

    nlp = load_spacy()
    items = [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = items[:limit] if limit else items
    ours, baseline = _Scores(), _Scores()
    for item, doc in zip(items, nlp.pipe(item["text"] for item in items)):
        gold = _gold_spans(item)
        ours.add(gold, quotes_from_doc(doc, entities_from_doc(doc)))
        baseline.add(gold, _baseline_quotes(doc))
    metrics = {**ours.metrics("ours"), **baseline.metrics("baseline")}
    notes = [f"gold: {len(items)} paragraphs, {ours.gold} quotes ({GOLD_PATH.name})"]
    notes.extend(_seed_canonicalisation(corpora, metrics))
    table = _table(ours, baseline)
    return SuiteResult(suite="quotes", metrics=metrics, table=table, notes=notes)


class _Scores:
    """Running counts for one system."""

    def __init__(self) -> None:
        self.gold = self.predicted = self.matched = self.speaker_right = 0
        self.by_kind: dict[str, list[int]] = {}

    def add(self, gold: list[tuple[Span, str | None, str]], predicted: list[Quote]) -> None:
        """Match one paragraph's predictions to its gold quotes and count."""
        self.gold += len(gold)
        self.predicted += len(predicted)
        for (span, speaker, kind), quote in _match(gold, predicted):
            counts = self.by_kind.setdefault(kind, [0, 0])
            counts[1] += 1
            if quote is None:
                continue
            counts[0] += 1
            self.matched += 1
            self.speaker_right += _same_speaker(speaker, quote.speaker)
        for kind in {k for _, _, k in gold} - set(self.by_kind):
            self.by_kind[kind] = [0, 0]

    def metrics(self, prefix: str) -> dict[str, float]:
        """Precision, recall, F1 and speaker accuracy under `prefix`."""
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result = {
            f"{prefix}_precision": round(precision, 3), f"{prefix}_recall": round(recall, 3),
            f"{prefix}_f1": round(f1, 3),
            f"{prefix}_speaker_accuracy": round(self.speaker_right / self.matched, 3) if self.matched else 0.0,
        }
        for kind, (found, total) in sorted(self.by_kind.items()):
            result[f"{prefix}_recall_{kind}"] = round(found / total, 3) if total else 0.0
        return result


def _gold_spans(item: dict) -> list[tuple[Span, str | None, str]]:
    """Gold quotes located in their paragraph."""
    text, spans = item["text"], []
    for quote in item["quotes"]:
        start = text.find(quote["quote"])
        if start < 0:
            LOG.warning("gold quote not found in its text: %r", quote["quote"][:60])
            continue
        spans.append(((start, start + len(quote["quote"])), quote.get("speaker"), quote.get("kind", "direct")))
    return spans


def _match(gold, predicted: list[Quote]):
    """Greedy one-to-one matching by intersection-over-union; yields (gold, quote or None)."""
    pairs = sorted(
        ((_iou(g[0], (q.start, q.end)), gi, qi) for gi, g in enumerate(gold) for qi, q in enumerate(predicted)),
        reverse=True,
    )
    taken_gold: dict[int, int] = {}
    taken_quotes: set[int] = set()
    for score, gi, qi in pairs:
        if score >= MIN_IOU and gi not in taken_gold and qi not in taken_quotes:
            taken_gold[gi] = qi
            taken_quotes.add(qi)
    for gi, g in enumerate(gold):
        yield g, predicted[taken_gold[gi]] if gi in taken_gold else None


def _iou(first: Span, second: Span) -> float:
    """Intersection over union of two character spans."""
    inter = max(0, min(first[1], second[1]) - max(first[0], second[0]))
    union = max(first[1], second[1]) - min(first[0], second[0])
    return inter / union if union else 0.0


def _same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Speakers agree: both absent, same folded name, or a surname tail of a proper name."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    first, second = _speaker_tokens(gold), _speaker_tokens(predicted)
    if first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    proper = all(word[:1].isupper() for word in (gold if len(first) > len(second) else predicted).split())
    return bool(shorter) and proper and longer[-len(shorter):] == shorter


def _speaker_tokens(name: str) -> list[str]:
    """Folded words of a speaker without leading determiners or honorifics."""
    words = name_key(name).replace("'", "' ").split()
    while words and (words[0] in DETERMINERS or words[0] in ("me", "mgr", "m.", "mme")):
        words.pop(0)
    return words


def _baseline_quotes(doc) -> list[Quote]:
    """Baseline: every quote-marked span, spoken by the nearest preceding PER entity of the model."""
    people = [(ent.start_char, ent.text) for ent in doc.ents if ent.label_ == "PER"]
    quotes = []
    for span in find_quote_spans(doc.text):
        before = [name for start, name in people if start < span.open]
        quotes.append(Quote(doc.text[span.start:span.end], span.start, span.end, "direct",
                            speaker=before[-1] if before else None))
    return quotes


def _table(ours: _Scores, baseline: _Scores) -> str:
    """Markdown table of both systems."""
    rows = ["| system | precision | recall | F1 | speaker accuracy |", "|---|---|---|---|---|"]
    for name, scores in (("recoupe", ours), ("baseline (marks + nearest PER)", baseline)):
        m = scores.metrics("x")
        rows.append(f"| {name} | {m['x_precision']} | {m['x_recall']} | {m['x_f1']} | {m['x_speaker_accuracy']} |")
    return "\n".join(rows)


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
    """Annotate the seeds, canonicalise across them, and say which names merged and how fast it ran."""
    from recoupe.nlp.entity_canon import merged_names

    folder = (corpora.parent / "seeds") if corpora and (corpora.parent / "seeds").is_dir() else seeds_dir()
    if folder is None:
        return ["seeds not found: canonicalisation not measured"]
    paths = sorted(folder.glob("*.txt"))
    started = time.perf_counter()
    articles = annotated_articles(paths)
    elapsed = time.perf_counter() - started
    merged = merged_names(articles)
    metrics["seed_articles_per_second"] = round(len(articles) / elapsed, 2) if elapsed else 0.0
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
