"""Evaluation of story clustering and reuse detection on the shared French corpora.

* RPM2 (10 topics x 2 clusters a month apart, undated): B-cubed and ARI of recoupe's stories
  against topic and topic+cluster labels, beside baselines (all-in-one, singletons, and
  single-link on TF-IDF cosine at its best fixed threshold for each gold labelling, an oracle
  choice), and the spread of recoupe's scores over five shuffled input orders. `recoupe-dated`
  runs on the same documents with publication dates planted from their cluster labels (the
  second cluster 30 days after the first): what dates let the stories do, not a reading of pages.
* press-fr/gilets-jaunes: per outlet, topic files against contrast files; how many stories
  mix the two.
* Synthetic reuse: real gilets-jaunes articles with edited copies and half-rewrites;
  precision and recall of copy and rewrite detection.

Run: `python -m recoupe.eval.stories [CORPORA] [LIMIT]`.
"""

from __future__ import annotations

import dataclasses

import logging
import math
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from recoupe.eval.base import SuiteResult
from recoupe.reuse.lineage import ReuseItem, find_relations
from recoupe.stories.cluster import StoryIndex
from recoupe.stories.features import ArticleFeatures, article_features
from recoupe.types import Article, Published

LOG = logging.getLogger(__name__)

GJ_DIR = "press-fr/gilets-jaunes"
# outlet -> (topic file, contrast file, reader)
GJ_PAIRS = {
    "La DH": ("Francais/Belgique/DH.xml", "Francais/Belgique/DH_CONTRAST.xml", "doc"),
    "La Libre": ("Francais/Belgique/LaLibre.xml", "Francais/Belgique/LaLibreContrast.xml", "doc"),
    "fr_CA": ("Francais/Corpus/fr_CA_corpus.xml", "Francais/Corpus/fr_CA_corpus_contraste.xml", "url"),
    "fr_CH": ("Francais/Corpus/fr_CH_corpus.xml", "Francais/Corpus/fr_CH_corpus_contraste.xml", "url"),
    "Algérie": ("Francais_DZ/gilets_jaunes.xml", "Francais_DZ/contrast_gilets.xml", "dz"),
}
SYNTHETIC_SOURCE = "Francais/France/Corpus/GJLeFigURL"
SYNTHETIC_CONTRAST = "Francais/Belgique/DH_CONTRAST.xml"
SHUFFLE_SEEDS = (1, 2, 3, 4, 5)  # input orders tried to show that stories do not depend on order
BASELINE_THRESHOLDS = [round(0.05 * step, 2) for step in range(1, 19)]
BOILERPLATE_HEAD = "Publié le {date} à 10h12, mis à jour à 11h40\nPartager sur Facebook Partager sur Twitter"
BOILERPLATE_TAIL = ("Lire aussi : notre dossier complet et toutes nos vidéos\n"
                    "© 2019 Tous droits réservés. Reproduction interdite sans autorisation.")


@dataclass(slots=True)
class Doc:
    """One evaluation document."""

    id: str
    title: str
    text: str
    label: str
    date: str | None = None


# ---------------------------------------------------------------------------- metrics

def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    cells = Counter((predicted[i], gold[i]) for i in gold)
    sizes_pred = Counter(predicted[i] for i in gold)
    sizes_gold = Counter(gold.values())
    precision = sum(n * n / sizes_pred[p] for (p, _), n in cells.items()) / len(gold)
    recall = sum(n * n / sizes_gold[g] for (_, g), n in cells.items()) / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def adjusted_rand(predicted: dict[str, str], gold: dict[str, str]) -> float:
    """Adjusted Rand index (Hubert and Arabie)."""
    pairs = lambda n: n * (n - 1) / 2  # noqa: E731
    index = sum(pairs(n) for n in Counter((predicted[i], gold[i]) for i in gold).values())
    rows = sum(pairs(n) for n in Counter(predicted[i] for i in gold).values())
    cols = sum(pairs(n) for n in Counter(gold.values()).values())
    expected = rows * cols / pairs(len(gold))
    maximum = (rows + cols) / 2
    return 1.0 if maximum == expected else (index - expected) / (maximum - expected)


# ---------------------------------------------------------------------------- readers

def read_rpm2(corpora: Path, *, limit: int | None = None) -> list[Doc]:
    """RPM2 documents: title on line 1, label `TNN_Ck`."""
    docs = []
    for path in sorted((corpora / "rpm2" / "documents").glob("T*_C*_*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
        docs.append(Doc(path.stem, lines[0], "\n\n".join(lines[1:]), path.stem[:6]))
    return docs[:limit] if limit else docs


def read_gj_file(corpora: Path, relative: str, reader: str, label: str) -> list[Doc]:
    """Articles of one gilets-jaunes corpus file, whatever its format."""
    path = corpora / GJ_DIR / relative
    raw = path.read_text(encoding="utf-8")
    if reader == "doc":
        pairs = [(d.get("title") or "", d.text or "") for d in ET.fromstring(raw).iter("doc")]
    elif reader == "dz":
        pairs = [(a.findtext("title") or "", a.findtext("content") or "") for a in ET.fromstring(raw).iter("article")]
    else:
        pairs = [("", text) for _, text in re.findall(r"<doc url=(\S+)\s*>(.*?)</doc>", raw, re.S)]
    stem = path.stem
    return [Doc(f"{stem}-{n:04d}", title.strip(), _paragraphs(text), label)
            for n, (title, text) in enumerate(pairs) if len(text.split()) >= 40]


def read_figaro(corpora: Path) -> list[Doc]:
    """Dated Le Figaro gilets-jaunes articles (title line, then one paragraph per line)."""
    raw = (corpora / GJ_DIR / SYNTHETIC_SOURCE).read_text(encoding="utf-8")
    found = re.findall(r'<ARTICLE url="([^"]*)" date="([^"]*)">\n(.*?)</ARTICLE>', raw, re.S)
    docs = []
    for url, day, body in sorted(found):
        lines = [line.strip() for line in body.splitlines() if line.strip()]
        if lines:
            docs.append(Doc(url, lines[0], "\n\n".join(lines[1:]), "figaro", day))
    return docs


def _paragraphs(text: str) -> str:
    """One paragraph per non-empty line."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _features(docs: list[Doc]) -> list[ArticleFeatures]:
    """Clustering features of evaluation documents (no entities, dates when given)."""
    return [article_features(Article(id=d.id, source=d.id, text=d.text, title=d.title,
                                     published=Published(d.date, "container") if d.date else None))
            for d in docs]


# ---------------------------------------------------------------------------- clustering

def cluster_with_recoupe(features: list[ArticleFeatures]) -> dict[str, str]:
    """Story id per article, added in the given order."""
    return StoryIndex().add(features)


def single_link(features: list[ArticleFeatures], threshold: float) -> dict[str, str]:
    """Connected components of the TF-IDF cosine graph at `threshold` (the baseline)."""
    similarities = _cosine_pairs(features)
    parent = {f.article_id: f.article_id for f in features}

    def find(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for (first, second), value in similarities.items():
        if value >= threshold:
            parent[find(first)] = find(second)
    return {node: find(node) for node in parent}


def _cosine_pairs(features: list[ArticleFeatures]) -> dict[tuple[str, str], float]:
    """Cosine of every pair of TF-IDF vectors (fine for evaluation sizes)."""
    df = Counter(term for f in features for term in f.terms)
    total = len(features)
    vectors = {}
    for f in features:
        weighted = {t: w * (math.log((total + 1) / (df[t] + 1)) + 1) for t, w in f.terms.items()}
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        vectors[f.article_id] = {t: v / norm for t, v in weighted.items()}
    return {(a, b): sum(v * vectors[b].get(t, 0.0) for t, v in vectors[a].items())
            for a, b in combinations(sorted(vectors), 2)}


def _scores(prefix: str, predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B-cubed and ARI under one name prefix."""
    precision, recall, f1 = bcubed(predicted, gold)
    return {f"{prefix}.p": precision, f"{prefix}.r": recall, f"{prefix}.f1": f1,
            f"{prefix}.ari": adjusted_rand(predicted, gold)}


PLANTED_TOPIC_DAYS = 17  # topic k starts 17·k days after 2008-01-01
PLANTED_UPDATE_DAYS = 30  # RPM2's second cluster of a topic is "about a month" after the first
PLANTED_JITTER_DAYS = 3


def planted_dates(docs: list[Doc], *, seed: int = 0) -> list[Doc]:
    """RPM2 documents with publication dates planted as the corpus describes its clusters: the
    second cluster of a topic a month after the first, each page 0-3 days into its cluster. The
    dates come from the gold's cluster labels: this run shows what dates let the stories do,
    it is not a reading of the pages."""
    rng = random.Random(seed)
    start = date(2008, 1, 1)
    planted = []
    for doc in docs:
        day = start + timedelta(days=PLANTED_TOPIC_DAYS * int(doc.label[1:3]) + rng.randint(0, PLANTED_JITTER_DAYS)
                                + (PLANTED_UPDATE_DAYS if doc.label.endswith("C2") else 0))
        planted.append(dataclasses.replace(doc, date=day.isoformat()))
    return planted


def evaluate_rpm2(corpora: Path, *, limit: int | None = None) -> dict[str, float]:
    """recoupe and baselines against topic and topic+cluster labels."""
    docs = read_rpm2(corpora, limit=limit)
    features = _features(docs)
    topic = {d.id: d.label[:3] for d in docs}
    event = {d.id: d.label for d in docs}
    runs = {"recoupe": cluster_with_recoupe(features),
            "recoupe-dated": cluster_with_recoupe(_features(planted_dates(docs))),
            "all-in-one": {d.id: "all" for d in docs}, "singletons": {d.id: d.id for d in docs}}
    for seed in SHUFFLE_SEEDS:
        shuffled = features[:]
        random.Random(seed).shuffle(shuffled)
        runs[f"recoupe-shuffled{seed}"] = cluster_with_recoupe(shuffled)
    metrics: dict[str, float] = {}
    for gold_name, gold in (("topic", topic), ("event", event)):
        best = max(BASELINE_THRESHOLDS, key=lambda t: bcubed(single_link(features, t), gold)[2])
        runs[f"single-link-best-{gold_name}"] = single_link(features, best)
        metrics[f"rpm2.single-link-best-{gold_name}.threshold"] = best
    for name, predicted in runs.items():
        metrics |= _scores(f"rpm2.topic.{name}", predicted, topic)
        metrics |= _scores(f"rpm2.event.{name}", predicted, event)
        metrics[f"rpm2.stories.{name}"] = len(set(predicted.values()))
    return metrics | _shuffle_spread(metrics)


def _shuffle_spread(metrics: dict[str, float]) -> dict[str, float]:
    """Lowest and highest B-cubed F1 of recoupe over the shuffled input orders."""
    spread: dict[str, float] = {}
    for gold_name in ("topic", "event"):
        values = [metrics[f"rpm2.{gold_name}.recoupe-shuffled{seed}.f1"] for seed in SHUFFLE_SEEDS]
        spread[f"rpm2.{gold_name}.recoupe-shuffled.min_f1"] = min(values)
        spread[f"rpm2.{gold_name}.recoupe-shuffled.max_f1"] = max(values)
    return spread


# ---------------------------------------------------------------------------- gilets jaunes

def evaluate_gilets_jaunes(corpora: Path, *, limit: int | None = None) -> dict[str, float]:
    """Per outlet: share of stories (2+ articles) that mix topic and contrast articles."""
    metrics: dict[str, float] = {}
    mixed_total = multi_total = 0
    for outlet, (topic_file, contrast_file, reader) in GJ_PAIRS.items():
        docs = (read_gj_file(corpora, topic_file, reader, "gj")[:limit]
                + read_gj_file(corpora, contrast_file, reader, "contrast")[:limit])
        predicted = cluster_with_recoupe(_features(docs))
        labels = {d.id: d.label for d in docs}
        members: dict[str, set[str]] = defaultdict(set)
        for article_id, story in predicted.items():
            members[story].add(labels[article_id])
        sizes = Counter(predicted.values())
        multi = [s for s in members if sizes[s] >= 2]
        mixed = [s for s in multi if len(members[s]) == 2]
        mixed_total += len(mixed)
        multi_total += len(multi)
        key = f"gj.{outlet}"
        metrics[f"{key}.articles"] = len(docs)
        metrics[f"{key}.stories_2plus"] = len(multi)
        metrics[f"{key}.mixed_share"] = len(mixed) / len(multi) if multi else 0.0
        metrics[f"{key}.articles_in_mixed"] = sum(sizes[s] for s in mixed) / len(docs)
        metrics[f"{key}.bcubed_p"] = bcubed(predicted, labels)[0]
    metrics["gj.all.mixed_share"] = mixed_total / multi_total if multi_total else 0.0
    metrics["gj.all.unmixed_share"] = 1.0 - metrics["gj.all.mixed_share"]  # higher is better, for the gate
    return metrics


# ---------------------------------------------------------------------------- synthetic reuse

def _typos(text: str, rng: random.Random) -> str:
    """Swap two letters in about one word in 30."""
    words = text.split(" ")
    for position in range(len(words)):
        word = words[position]
        if len(word) > 4 and rng.random() < 1 / 30:
            cut = rng.randrange(1, len(word) - 2)
            words[position] = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2:]
    return " ".join(words)


def _copy_variant(doc: Doc, kind: int, rng: random.Random) -> str:
    """A copy with a small edit: a paragraph dropped, boilerplate changed, or typos."""
    paragraphs = doc.text.split("\n\n")
    if kind == 0:
        del paragraphs[rng.randrange(len(paragraphs))]
        return "\n\n".join(paragraphs)
    if kind == 1:
        return "\n\n".join([BOILERPLATE_HEAD.format(date=doc.date), *paragraphs, BOILERPLATE_TAIL])
    return _typos(doc.text, rng)


def _rewrite_variant(doc: Doc, filler: Doc) -> str:
    """Half the paragraphs kept (at least 30% of the words), the rest replaced by new text."""
    paragraphs = doc.text.split("\n\n")
    kept = paragraphs[: max(1, (len(paragraphs) + 1) // 2)]
    new = filler.text.split("\n\n")[: max(1, len(paragraphs) - len(kept))]
    return "\n\n".join(kept + new)


def synthetic_reuse_set(corpora: Path, *, size: int = 200) -> tuple[list[ReuseItem], dict[str, tuple[str, str]]]:
    """Originals, edited copies and rewrites; truth maps variant id -> (relation, original id)."""
    originals = [d for d in read_figaro(corpora) if len(d.text.split("\n\n")) >= 4 and len(d.text.split()) >= 150]
    clean = {s.article_id for s in find_relations([_item(d) for d in originals]) if s.relation == "original"}
    originals = [d for d in originals if d.id in clean][:size]
    fillers = read_gj_file(corpora, SYNTHETIC_CONTRAST, "doc", "contrast")
    items = [_item(d) for d in originals]
    truth: dict[str, tuple[str, str]] = {}
    for number, doc in enumerate(originals):
        rng = random.Random(number)
        later = f"{doc.date}T23:00:00"
        copy_id = f"copy-{number:04d}"
        items.append(ReuseItem(copy_id, _copy_variant(doc, number % 3, rng), published=later))
        truth[copy_id] = ("copy", doc.id)
        if number % 2 == 0 and fillers:
            rewrite_id = f"rewrite-{number:04d}"
            text = _rewrite_variant(doc, fillers[number % len(fillers)])
            items.append(ReuseItem(rewrite_id, text, published=later))
            truth[rewrite_id] = ("rewrite", doc.id)
    return items, truth


def _item(doc: Doc) -> ReuseItem:
    """A reuse item from an evaluation document."""
    return ReuseItem(doc.id, doc.title + "\n\n" + doc.text, published=doc.date, title=doc.title)


def evaluate_synthetic_reuse(corpora: Path, *, size: int = 200) -> dict[str, float]:
    """Precision and recall of copy and rewrite detection on the synthetic set."""
    items, truth = synthetic_reuse_set(corpora, size=size)
    started = time.perf_counter()
    sources = find_relations(items)
    elapsed = time.perf_counter() - started
    predicted = {s.article_id: (s.relation, s.of) for s in sources if s.relation != "original"}
    metrics: dict[str, float] = {"reuse.items": len(items), "reuse.seconds": round(elapsed, 2)}
    for relation in ("copy", "rewrite"):
        expected = {k for k, v in truth.items() if v[0] == relation}
        found = {k for k, v in predicted.items() if v[0] == relation}
        correct = {k for k in found & expected if predicted[k] == truth[k]}
        metrics[f"reuse.{relation}.precision"] = len(correct) / len(found) if found else 0.0
        metrics[f"reuse.{relation}.recall"] = len(correct) / len(expected) if expected else 0.0
    metrics["reuse.any.recall"] = sum(predicted.get(k, ("", ""))[1] == v[1] for k, v in truth.items()) / len(truth)
    return metrics


# ---------------------------------------------------------------------------- suite

def run(corpora: Path, *, limit: int | None = None) -> SuiteResult:
    """The whole stories suite; `limit` caps documents per corpus file (synthetic: originals)."""
    metrics: dict[str, float] = {}
    notes: list[str] = []
    for name, step in (("rpm2", evaluate_rpm2), ("gilets-jaunes", evaluate_gilets_jaunes),
                       ("synthetic-reuse", _synthetic_step)):
        started = time.perf_counter()
        try:
            metrics |= step(corpora, limit=limit)
        except (OSError, ET.ParseError, ValueError) as error:
            notes.append(f"{name}: skipped: {error}")
            LOG.warning("stories suite: %s skipped: %s", name, error)
        notes.append(f"{name}: {time.perf_counter() - started:.1f} s")
    return SuiteResult(suite="stories", metrics={k: round(v, 4) for k, v in metrics.items()},
                       table=_table(metrics), notes=notes)


def _synthetic_step(corpora: Path, *, limit: int | None = None) -> dict[str, float]:
    """Synthetic reuse with `limit` originals (default 200)."""
    return evaluate_synthetic_reuse(corpora, size=limit or 200)


def _table(metrics: dict[str, float]) -> str:
    """Markdown table of the RPM2 scores per method."""
    methods = sorted({k.split(".")[2] for k in metrics if k.startswith("rpm2.stories.")})
    lines = ["| method | stories | topic B3 P | R | F1 | ARI | topic+cluster F1 | ARI |",
             "|---|---|---|---|---|---|---|---|"]
    for method in methods:
        t, e = f"rpm2.topic.{method}", f"rpm2.event.{method}"
        lines.append(f"| {method} | {metrics[f'rpm2.stories.{method}']:.0f} | {metrics[t + '.p']:.3f} | "
                     f"{metrics[t + '.r']:.3f} | {metrics[t + '.f1']:.3f} | {metrics[t + '.ari']:.3f} | "
                     f"{metrics[e + '.f1']:.3f} | {metrics[e + '.ari']:.3f} |")
    if "rpm2.topic.recoupe-shuffled.min_f1" in metrics:
        lines.append("")
        lines.append("recoupe over {} shuffled orders: topic F1 {:.3f}-{:.3f}, topic+cluster F1 {:.3f}-{:.3f}".format(
            len(SHUFFLE_SEEDS), *(metrics[f"rpm2.{g}.recoupe-shuffled.{m}_f1"]
                                  for g in ("topic", "event") for m in ("min", "max"))))
    return "\n".join(lines)


if __name__ == "__main__":
    from recoupe.paths import corpora_dir

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else corpora_dir()
    if target is None:
        sys.exit("recoupe: no corpora folder found; pass its path")
    result = run(target, limit=int(sys.argv[2]) if len(sys.argv) > 2 else None)
    print(result.table)
    for key, value in result.metrics.items():
        if not key.startswith("rpm2."):
            print(f"{key}: {value}")
    print("\n".join(result.notes))
