"""The most frequent quote and speaker error kinds, counted on both halves, shown on the tuning half.

Examples come from the tuning half only, so that reading them never tunes the rules to the test
half. Written to `docs/quote-errors.md` by `recoupe eval quotes`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from recoupe.eval.quote_gold import GoldArticle
from recoupe.eval.quote_scoring import SPEAKER_THRESHOLD, Span, coverage, match, same_speaker, speaker_words
from recoupe.types import Quote

EXAMPLES_PER_KIND = 4
CONTEXT_CHARS = 70


def classify(article: GoldArticle, predicted: list[Quote]) -> list[tuple[str, str]]:
    """(error kind, example) for every error of one article."""
    gold = [Span(q.start, q.end, q.kind, q.speaker, q.speaker_start, q.speaker_end) for q in article.quotes]
    spans = [Span(q.start, q.end, q.kind, q.speaker, q.speaker_start, q.speaker_end) for q in predicted]
    found: list[tuple[str, str]] = []
    used: list[Span] = []
    for quote, hit in match(gold, spans, threshold=SPEAKER_THRESHOLD):
        if hit is None:
            found.append((f"missed {quote.kind} quote", _show(article.text, quote, None)))
            continue
        used.append(hit)
        if coverage(quote, hit) <= 0.8:
            found.append(("span covers less than 80% of the gold", _show(article.text, quote, hit)))
        elif hit.end - hit.start > 1.5 * (quote.end - quote.start):
            found.append(("span runs well past the gold", _show(article.text, quote, hit)))
        if not same_speaker(quote.speaker, hit.speaker):
            found.append((_speaker_error(quote, hit), _show(article.text, quote, hit)))
    for spurious in (s for s in spans if not any(s is u for u in used)):
        found.append((f"spurious {spurious.kind} quote", _show(article.text, spurious, spurious)))
    return found


def _speaker_error(gold: Span, predicted: Span) -> str:
    if predicted.speaker is None:
        return "speaker missing"
    if gold.speaker is None:
        return "speaker given where the gold has none"
    words = speaker_words(predicted.speaker)
    if predicted.speaker[:1].islower() or (words and words[0] in ("il", "elle", "ils", "elles")):
        return "speaker left as a role, pronoun or phrase"
    return "wrong speaker"


def _show(text: str, gold: Span, predicted: Span | None) -> str:
    low = max(0, gold.start - CONTEXT_CHARS)
    high = min(len(text), gold.end + CONTEXT_CHARS)
    excerpt = text[low:gold.start] + "[[" + text[gold.start:gold.end] + "]]" + text[gold.end:high]
    excerpt = excerpt.replace("\n", " ¶ ")
    if len(excerpt) > 420:
        excerpt = excerpt[:200] + " … " + excerpt[-200:]
    speakers = f"gold speaker: {gold.speaker!r}"
    if predicted is not None and predicted is not gold:
        speakers += f"; predicted: {predicted.speaker!r} on {text[predicted.start:predicted.end][:80]!r}"
    elif predicted is gold:
        speakers = f"predicted speaker: {gold.speaker!r}"
    return f"{excerpt} — {speakers}"


def write_error_report(path: Path, articles: list[GoldArticle], predictions: dict[str, list[list[Quote]]]) -> None:
    """Counts per error kind on each half, examples from the tuning half."""
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for half, predicted in predictions.items():
        chosen = [a for a in articles if a.split == half]
        for article, quotes in zip(chosen, predicted):
            for kind, example in classify(article, quotes):
                counts[half][kind] += 1
                if half == "tune" and len(examples[kind]) < EXAMPLES_PER_KIND:
                    examples[kind].append(f"{article.key}: {example}")
    path.write_text(_markdown(counts, examples), encoding="utf-8")


def _markdown(counts: dict[str, Counter], examples: dict[str, list[str]]) -> str:
    halves = sorted(counts, key=lambda h: h != "tune")
    kinds = sorted({k for c in counts.values() for k in c}, key=lambda k: -sum(c[k] for c in counts.values()))
    lines = ["# Quote errors, by kind", "",
             "Written by `recoupe eval quotes`: the errors of recoupe's quotes against the whole-article gold",
             "(`docs/quote-annotation.md`), most frequent first. Examples are from the tuning half only.",
             "`[[…]]` marks the gold quote (or, for a spurious quote, the predicted one).", "",
             "| error kind | " + " | ".join(halves) + " |", "|---|" + "---:|" * len(halves)]
    lines += [f"| {kind} | " + " | ".join(str(counts[h][kind]) for h in halves) + " |" for kind in kinds]
    for kind in kinds:
        if examples.get(kind):
            lines += ["", f"## {kind}", ""] + [f"- {example}" for example in examples[kind]]
    return "\n".join(lines) + "\n"
