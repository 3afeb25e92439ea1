"""Names suite: one canonical entity per person or organisation across a corpus.

Gold (`eval/data/names_gold.jsonl`): 887 alias sets (203 with two names or more) that annotators
built from the people and organisations the French model finds in 1,005 press-fr articles
(full names, surnames, titles, slips, spelling and accent variants, garbled spans), each a set of
the names one real entity goes by; names that could be two entities ("Le Pen" alone) or no name
at all are listed apart and not scored. The sets are split by entity into a tuning and a test
half.

The suite annotates the same articles, canonicalises them together as the corpus stage does, and
scores every pair of gold names of a half: merged by recoupe or not, one entity in the gold or not
(pairwise precision and recall). The baseline merges the names that fold to the same key (case,
accents, spaces), the least any system does.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from recoupe.eval.base import SuiteResult
from recoupe.eval.press_fr import articles_by_key
from recoupe.nlp.entity_spans import name_key
from recoupe.paths import PACKAGE_DIR
from recoupe.types import Article, article_id

LOG = logging.getLogger(__name__)

GOLD_PATH = PACKAGE_DIR / "eval" / "data" / "names_gold.jsonl"
HALVES = ("tune", "test")


def load_gold(path: Path = GOLD_PATH) -> tuple[list[str], list[dict]]:
    """The article keys and the alias sets of the gold."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    return header["articles"], [json.loads(line) for line in lines[1:] if line.strip()]


def run(corpora: Path, *, limit: int | None = None) -> SuiteResult:
    """Canonicalise the gold's articles with recoupe and score the merges on both halves."""
    keys, sets = load_gold()
    keys = keys[:limit] if limit else keys
    articles = annotate(corpora, keys)
    predicted = canonical_of_names(articles)
    metrics: dict[str, float] = {}
    rows = []
    for half in HALVES:
        chosen = [s for s in sets if s["split"] == half]
        systems = (("recoupe", lambda key: name_key(predicted.get(key, key))), ("baseline", lambda key: key))
        for system, cluster in systems:
            precision, recall, pairs = pairwise(chosen, cluster)
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            metrics.update({f"{half}.{system}.precision": round(precision, 4), f"{half}.{system}.recall": round(recall, 4),
                            f"{half}.{system}.f1": round(f1, 4)})
            rows.append(f"| {half} | {system} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {pairs} |")
    notes = [f"{len(articles)} articles; {len(sets)} alias sets ({sum(len(s['aliases']) > 1 for s in sets)} with 2+ names)",
             *_merge_examples(sets, predicted)]
    table = "\n".join(["| half | system | pairwise precision | pairwise recall | F1 | same-entity pairs |",
                       "|---|---|---:|---:|---:|---:|", *rows])
    return SuiteResult("names", metrics, table, notes)


def annotate(corpora: Path, keys: list[str]) -> list[Article]:
    """The gold's articles with their entities (the model's NER only, as annotation gives them)."""
    from recoupe.nlp.entities import entities_from_doc
    from recoupe.nlp.models import load_spacy

    found = articles_by_key(corpora, set(keys))
    texts = [found[key].text for key in keys if key in found]
    nlp = load_spacy()
    articles = []
    with nlp.select_pipes(disable=[name for name in ("parser", "lemmatizer", "paragraph_breaks") if name in nlp.pipe_names]):
        for key, text, doc in zip((k for k in keys if k in found), texts, nlp.pipe(texts, batch_size=32)):
            articles.append(Article(id=article_id(text, key), source=key, text=text, entities=entities_from_doc(doc)))
    return articles


def canonical_of_names(articles: list[Article]) -> dict[str, str]:
    """Folded name -> the canonical name recoupe gives it (the most frequent one over the articles)."""
    from recoupe.nlp.entities import canonicalize

    before = [[(entity.name, {entity.name, *(m.text for m in entity.mentions)}) for entity in article.entities]
              for article in articles]
    canonicalize(articles)
    votes: dict[str, Counter] = defaultdict(Counter)
    for article, original in zip(articles, before):
        by_form = {}
        for entity in article.entities:
            for form in {entity.name, *entity.aliases, *(m.text for m in entity.mentions)}:
                by_form[name_key(form)] = entity.name
        for name, forms in original:
            for form in forms:
                canonical = by_form.get(name_key(form))
                if canonical is not None:
                    votes[name_key(form)][canonical] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def pairwise(sets: list[dict], cluster) -> tuple[float, float, int]:
    """Pairwise precision and recall of merges over the names of the given alias sets;
    `cluster(folded name)` is the cluster a system puts the name in."""
    names: dict[str, int] = {}
    for number, alias_set in enumerate(sets):
        for alias in alias_set["aliases"]:
            names.setdefault(name_key(alias), number)
    clusters = {key: cluster(key) for key in names}
    true_positive = predicted = gold = 0
    for first, second in combinations(sorted(names), 2):
        same_gold = names[first] == names[second]
        same_predicted = clusters[first] == clusters[second]
        gold += same_gold
        predicted += same_predicted
        true_positive += same_gold and same_predicted
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / gold if gold else 1.0
    return precision, recall, gold


def _merge_examples(sets: list[dict], predicted: dict[str, str], limit: int = 6) -> list[str]:
    """Tuning-half merges recoupe makes that the gold forbids, and gold merges it misses."""
    missed = []
    owner = {name_key(a): s["entity"] for s in sets if s["split"] == "tune" for a in s["aliases"]}
    by_canonical: dict[str, set[str]] = defaultdict(set)
    for key, entity in owner.items():
        by_canonical[name_key(predicted.get(key, key))].add(entity)
    wrong = [sorted(entities) for entities in by_canonical.values() if len(entities) > 1][:limit]
    for alias_set in (s for s in sets if s["split"] == "tune"):
        keys = {name_key(predicted.get(name_key(a), a)) for a in alias_set["aliases"]}
        if len(keys) > 1:
            missed.append(alias_set["entity"])
    return ([f"tuning half, merged against the gold: {', '.join(' + '.join(w) for w in wrong)}"] if wrong else []) + \
        ([f"tuning half, {len(missed)} alias sets split, e.g. {', '.join(missed[:limit])}"] if missed else [])
