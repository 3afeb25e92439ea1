"""Annotation time per article, one process: spaCy's parse, then recoupe's steps on it.

Reads the first ``--limit`` articles of the gilets-jaunes press corpus, warms the model up on
a few of them, times spaCy's parse (``nlp.pipe``), then recoupe's steps on the parsed documents:
entities, quotes with their speakers, time expressions. Timing the two apart keeps the figure
of recoupe's own cost out of the noise of the parse (a shared machine varies by ±10 %).

    python benchmarks/bench_annotate.py [--limit 300] [--model fr_core_news_md]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from gilets_jaunes import default_root, read_corpus
from results_file import append_results

WARM_UP = 5
REPEATS = 3


def texts_of(root: Path, limit: int) -> list[str]:
    texts = []
    for page in read_corpus(root):
        texts.append(page["text"])
        if len(texts) >= limit + WARM_UP:
            break
    return texts


def bench(texts: list[str], model: str) -> tuple[float, float, int]:
    """Seconds per article for spaCy's parse and for recoupe's steps on the parsed documents
    (entities, quotes and speakers, time expressions); quotes found."""
    from recoupe.nlp.entities import entities_from_doc
    from recoupe.nlp.models import load_spacy
    from recoupe.nlp.timexes import extract_timexes

    try:
        from recoupe.nlp.quotes import quotes_and_roles as quote_step
    except ImportError:  # an older recoupe, for comparison
        from recoupe.nlp.quotes import quotes_from_doc as quote_step

    nlp = load_spacy(model)
    warm, timed = texts[:WARM_UP], texts[WARM_UP:]
    for doc in nlp.pipe(warm):
        quote_step(doc, entities_from_doc(doc))
    started = time.perf_counter()
    docs = list(nlp.pipe(timed, batch_size=16))
    spacy_seconds = (time.perf_counter() - started) / len(timed)
    runs = []
    for _ in range(REPEATS):  # the fastest of a few runs: the least disturbed by the machine's other load
        quotes = 0
        started = time.perf_counter()
        for text, doc in zip(timed, docs):
            found = quote_step(doc, entities_from_doc(doc))
            quotes += len(found[0] if isinstance(found, tuple) else found)
            extract_timexes(text, anchor="2019-01-15")
        runs.append((time.perf_counter() - started) / len(timed))
    return spacy_seconds, min(runs), quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args()
    texts = texts_of(args.corpus or default_root(), args.limit)
    spacy_seconds, own_seconds, quotes = bench(texts, args.model)
    words = sum(len(t.split()) for t in texts[WARM_UP:]) / max(1, len(texts) - WARM_UP)
    total = spacy_seconds + own_seconds
    table = "\n".join([
        "| step | ms per article | share |", "|---|---:|---:|",
        f"| spaCy `{args.model}` parse | {spacy_seconds * 1000:.1f} | {spacy_seconds / total:.0%} |",
        f"| recoupe's steps on the parse (entities, quotes and speakers, time expressions) | {own_seconds * 1000:.1f} | {own_seconds / total:.0%} |",
        f"| annotation in all | {total * 1000:.1f} ({1 / total:.2f} articles/s) | |",
    ])
    notes = [f"{len(texts) - WARM_UP} gilets-jaunes articles (~{words:.0f} words), one process; {quotes} quotes found"]
    print(table)
    print("\n".join(notes))
    append_results(f"bench_annotate: {args.model}", table, notes=notes)


if __name__ == "__main__":
    main()
