"""Retrain the quote models shipped in the package from the tuning half of the quote gold.

    python scripts/train_quote_models.py [--out DIR]

Reads `src/recoupe/eval/data/quote_gold.jsonl` (articles from ../shared/corpora), parses the
tuning half with the default spaCy model, fits the mark model and the speaker ranker
(:mod:`recoupe.nlp.quote_training`) and writes `quote_marks.json` and `quote_speakers.json` to
`src/recoupe/nlp/data/` (or DIR). The test half is never read.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from recoupe.eval.quote_gold import GOLD_PATH, load_gold
from recoupe.nlp.models import load_spacy
from recoupe.nlp.quote_model import MARKS_FILE, MODEL_DIR, SPEAKERS_FILE
from recoupe.nlp.quote_training import fit, training_set


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    articles = load_gold(split="tune")
    if not articles:
        raise SystemExit("the quote gold needs ../shared/corpora (set RECOUPE_SHARED)")
    docs = load_spacy().pipe(article.text for article in articles)
    data = training_set(docs, [article.quotes for article in articles])
    marks, speakers = fit(data, source=f"{GOLD_PATH.name}, tuning half: {len(articles)} articles")
    args.out.mkdir(parents=True, exist_ok=True)
    marks.save(args.out / MARKS_FILE.name)
    speakers.save(args.out / SPEAKERS_FILE.name)
    print(f"{len(data.marks)} quotation examples, {len(data.speakers)} speaker groups -> {args.out}")


if __name__ == "__main__":
    main()
