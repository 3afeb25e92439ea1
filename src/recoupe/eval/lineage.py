"""Lineage suite: recoupe's copy and rewrite detection on real wire copy (DH and La Libre).

Both Belgian outlets of press-fr publish Belga (and AFP) dispatches, so the same text appears in
both, sometimes rewritten or cut. The suite runs :func:`recoupe.reuse.lineage.analyse_reuse` over
every Belgian article and measures, live:

* the pairs it finds (each copy or rewrite and the article it points to), across the two outlets
  and within one, and how many articles take part;
* the share of reused text of every related article: characters of the passages it shares with
  the article it points to, over its length;
* lineage's throughput (articles per second).

It also re-scores lineage against a stored reading (`eval/data/lineage_sample.jsonl`): a seeded,
stratified sample of found pairs and of close pairs lineage did not relate, each read and judged
`copy`, `rewrite` or `unrelated` (see docs/lineage-wire-copy.md). Every sampled pair carries the
weight of its stratum (pairs in the stratum when drawn / pairs drawn), so precision and recall
are estimates over the whole population of found and close pairs, not over the sample's mix.

The corpus gives no dates for these articles: lineage ranks undated texts by id, so the earlier
side of a pair is the one whose key sorts first, not the one published first.
"""

from __future__ import annotations

import json
import logging
import random
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from recoupe.disjoint import DisjointSets
from recoupe.eval.base import SuiteResult
from recoupe.eval.press_fr import DOC_XML_FILES, CorpusArticle, iter_articles
from recoupe.paths import PACKAGE_DIR
from recoupe.reuse.lineage import ReuseItem, ReuseOptions, analyse_reuse
from recoupe.reuse.passages import shared_passages
from recoupe.reuse.signatures import normalised_words, shingles
from recoupe.stories.check_text import content_words, idf_weights, tfidf
from recoupe.types import Source

LOG = logging.getLogger(__name__)

SAMPLE_PATH = PACKAGE_DIR / "eval" / "data" / "lineage_sample.jsonl"
BELGIAN_FILES = tuple(name for name in DOC_XML_FILES if name.startswith("Francais/Belgique/"))
RELATIONS = ("copy", "rewrite")
VERDICTS = ("copy", "rewrite", "unrelated")
# A close pair that lineage did not relate: TF-IDF cosine at least CLOSE_COSINE, or at least
# CLOSE_SHARED word 8-grams that occur in no more than RARE_MAX_TEXTS Belgian articles.
CLOSE_COSINE = 0.4
CLOSE_SHARED = 3
RARE_SHINGLE_WORDS = 8
RARE_MAX_TEXTS = 3
PASSAGE_WORDS = ReuseOptions().min_passage_words
SAMPLE_SEED = 8
SAMPLE_SIZES = {"found-copy": 16, "found-rewrite": 16, "close-shared": 20, "close-cosine": 12}


@dataclass(slots=True)
class FoundPair:
    """One relation lineage found: `later` copies or rewrites `earlier`."""

    later: str
    earlier: str
    relation: str
    similarity: float | None


@dataclass(slots=True)
class ClosePair:
    """Two articles lineage did not relate that are textually close."""

    first: str
    second: str
    cosine: float
    shared: int  # rare word 8-grams found in both


@dataclass(slots=True)
class SamplePair:
    """One read pair of the stored sample, with the reader's verdict."""

    earlier: str
    later: str
    stratum: str  # found-copy | found-rewrite | close-shared | close-cosine
    weight: float  # pairs in the stratum when drawn / pairs drawn from it
    lineage: str  # lineage's relation when the pair was drawn: copy | rewrite | none
    verdict: str  # the reader's: copy | rewrite | unrelated
    note: str
    digest_earlier: str
    digest_later: str
    borderline: bool = False  # the reader hesitated; see docs/lineage-wire-copy.md


@dataclass(slots=True)
class LineageRun:
    """Lineage over a set of articles: its sources, and how long it took."""

    articles: list[CorpusArticle]
    sources: list[Source]
    seconds: float

    def by_key(self) -> dict[str, CorpusArticle]:
        return {article.key: article for article in self.articles}


# --------------------------------------------------------------------------- lineage run

def belgian_articles(corpora: Path, *, limit: int | None = None) -> list[CorpusArticle]:
    """DH and La Libre articles (gilets jaunes and contrast files); the first `limit` of each file."""
    taken: Counter[str] = Counter()
    chosen = []
    for article in iter_articles(corpora):
        corpus_file = article.key.removeprefix("press-fr:").partition("#")[0]
        if corpus_file in BELGIAN_FILES and (limit is None or taken[corpus_file] < limit):
            taken[corpus_file] += 1
            chosen.append(article)
    return chosen


def run_lineage(articles: list[CorpusArticle]) -> LineageRun:
    """recoupe's lineage over the articles, with their dates (none in this corpus) and outlets."""
    items = [ReuseItem(a.key, a.text, published=a.published, outlet=a.outlet, title=a.title, url=a.url)
             for a in articles]
    started = time.perf_counter()
    report = analyse_reuse(items)
    return LineageRun(articles, report.sources, time.perf_counter() - started)


def found_pairs(sources: Iterable[Source]) -> list[FoundPair]:
    """Every copy or rewrite with the article it points to."""
    return [FoundPair(s.article_id, s.of, s.relation, s.similarity)
            for s in sources if s.relation in RELATIONS and s.of]


def lineage_groups(sources: Sequence[Source]) -> dict[str, str]:
    """Article id -> one member of its lineage component (copy and rewrite links, transitively)."""
    ids = [s.article_id for s in sources]
    index = {article_id: position for position, article_id in enumerate(ids)}
    components = DisjointSets(len(ids))
    for source in sources:
        if source.of in index:
            components.union(index[source.of], index[source.article_id])
    return {article_id: ids[components.find(position)] for position, article_id in enumerate(ids)}


def pair_relation(first: str, second: str, sources: dict[str, Source], groups: dict[str, str]) -> str:
    """How lineage relates two articles: copy, rewrite, linked (same component, no direct link), none."""
    for later, earlier in ((first, second), (second, first)):
        source = sources.get(later)
        if source is not None and source.of == earlier:
            return source.relation
    one, other = sources.get(first), sources.get(second)
    if one and other and one.relation == other.relation == "copy" and one.of == other.of:
        return "copy"
    if first in groups and groups.get(first) == groups.get(second):
        return "linked"
    return "none"


# --------------------------------------------------------------------------- pairs and shares

def pair_metrics(pairs: list[FoundPair], by_key: dict[str, CorpusArticle]) -> dict[str, float]:
    """Pairs by relation and by outlet (across the two outlets or within one); articles taking part."""
    metrics: dict[str, float] = {"pairs.all": len(pairs)}
    for relation in RELATIONS:
        of_relation = [p for p in pairs if p.relation == relation]
        metrics[f"pairs.{relation}"] = len(of_relation)
        for scope in ("cross_outlet", "within_outlet"):
            metrics[f"pairs.{relation}.{scope}"] = sum(_scope(p, by_key) == scope for p in of_relation)
    for scope in ("cross_outlet", "within_outlet"):
        metrics[f"pairs.{scope}"] = sum(_scope(p, by_key) == scope for p in pairs)
    taking_part = {p.later for p in pairs} | {p.earlier for p in pairs}
    metrics["articles.related"] = len(taking_part)
    metrics["articles.related_share"] = len(taking_part) / len(by_key) if by_key else 0.0
    metrics["articles.reusing"] = len({p.later for p in pairs})
    # Some records hold a title and nothing else (the page body was not collected).
    metrics["pairs.title_only"] = sum("\n" not in by_key[p.later].text.strip() for p in pairs)
    return metrics


def _scope(pair: FoundPair, by_key: dict[str, CorpusArticle]) -> str:
    same = by_key[pair.later].outlet == by_key[pair.earlier].outlet
    return "within_outlet" if same else "cross_outlet"


def reuse_share(later: str, earlier: str) -> float:
    """Characters of `later` inside passages it shares with `earlier`, over its length (passages of
    8 words, as lineage's, or of the shorter text's length: some records are a bare title)."""
    shortest = min(len(normalised_words(later)), len(normalised_words(earlier)))
    passages = shared_passages(later, earlier, min_words=max(1, min(PASSAGE_WORDS, shortest)))
    return sum(p.a_end - p.a_start for p in passages) / max(len(later), 1)


def share_metrics(pairs: list[FoundPair], by_key: dict[str, CorpusArticle]) -> dict[str, float]:
    """Distribution of the reused share of every copy and rewrite, overall and by relation."""
    metrics: dict[str, float] = {}
    shares = {p.later: (p.relation, reuse_share(by_key[p.later].text, by_key[p.earlier].text)) for p in pairs}
    for relation in ("all", *RELATIONS):
        values = [share for kind, share in shares.values() if relation in ("all", kind)]
        if values:
            metrics |= {f"share.{relation}.{name}": value for name, value in _distribution(values).items()}
    return metrics


def _distribution(values: list[float]) -> dict[str, float]:
    """Mean, minimum, quartiles and count of a list of values."""
    quartiles = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return {"n": len(values), "mean": statistics.fmean(values), "min": min(values),
            "q1": quartiles[0], "median": quartiles[1], "q3": quartiles[2]}


# --------------------------------------------------------------------------- close pairs

def close_pairs(articles: list[CorpusArticle], groups: dict[str, str]) -> list[ClosePair]:
    """Pairs in different lineage components with a high cosine or several rare 8-grams in common."""
    cosines = _cosine_matrix(articles)
    shared = _rare_shared(articles)
    found = []
    for first in range(len(articles)):
        for second in range(first + 1, len(articles)):
            one, other = articles[first].key, articles[second].key
            common = shared.get((first, second), 0)
            similar = float(cosines[first, second])
            if groups.get(one, one) != groups.get(other, other) and (
                    similar >= CLOSE_COSINE or common >= CLOSE_SHARED):
                found.append(ClosePair(one, other, round(similar, 4), common))
    return found


def _cosine_matrix(articles: list[CorpusArticle]):
    """Pairwise TF-IDF cosines of the articles' content words (a dense numpy array)."""
    try:
        from scipy.sparse import csr_matrix
    except ImportError as error:  # pragma: no cover - scipy comes with the eval extras
        raise ImportError("recoupe: the lineage suite needs scipy; pip install scipy") from error
    tokens = [content_words(a.text) for a in articles]
    idf = idf_weights(tokens)
    vocabulary = {term: column for column, term in enumerate(idf)}
    rows, columns, values = [], [], []
    for row, words in enumerate(tokens):
        for term, value in tfidf(words, idf).items():
            rows.append(row)
            columns.append(vocabulary[term])
            values.append(value)
    matrix = csr_matrix((values, (rows, columns)), shape=(len(articles), max(len(vocabulary), 1)))
    return (matrix @ matrix.T).toarray()


def _rare_shared(articles: list[CorpusArticle]) -> Counter[tuple[int, int]]:
    """(index, index) -> word 8-grams both share that occur in at most RARE_MAX_TEXTS articles."""
    holders: dict[str, set[int]] = defaultdict(set)
    for index, article in enumerate(articles):
        for gram in shingles(normalised_words(article.text), size=RARE_SHINGLE_WORDS):
            holders[gram].add(index)
    shared: Counter[tuple[int, int]] = Counter()
    for indexes in holders.values():
        if 2 <= len(indexes) <= RARE_MAX_TEXTS:
            ordered = sorted(indexes)
            shared.update((a, b) for position, a in enumerate(ordered) for b in ordered[position + 1:])
    return shared


# --------------------------------------------------------------------------- stored sample

def load_sample(path: Path = SAMPLE_PATH) -> list[SamplePair]:
    """The read pairs; raises a readable error on an unknown verdict or stratum."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        pair = SamplePair(**json.loads(line))
        if pair.verdict not in VERDICTS or pair.stratum not in SAMPLE_SIZES:
            raise ValueError(f"recoupe: {path.name} line {number}: verdict {pair.verdict!r} or stratum "
                             f"{pair.stratum!r} unknown; use one of {VERDICTS} and {tuple(SAMPLE_SIZES)}")
        pairs.append(pair)
    return pairs


def score_sample(sample: list[SamplePair], lineage: LineageRun) -> tuple[dict[str, float], list[str]]:
    """Weighted precision and recall of lineage's current relations against the read verdicts."""
    by_key = lineage.by_key()
    sources = {s.article_id: s for s in lineage.sources}
    groups = lineage_groups(lineage.sources)
    scored, notes = [], []
    for pair in sample:
        earlier, later = by_key.get(pair.earlier), by_key.get(pair.later)
        if earlier is None or later is None:
            continue
        if (earlier.digest, later.digest) != (pair.digest_earlier, pair.digest_later):
            notes.append(f"sample pair {pair.earlier} / {pair.later}: text changed since it was read, skipped")
            continue
        scored.append((pair, pair_relation(pair.later, pair.earlier, sources, groups)))
    return _sample_metrics(scored), notes


def _sample_metrics(scored: list[tuple[SamplePair, str]]) -> dict[str, float]:
    """Precision by predicted relation, recall by read relation, each weighted by stratum."""
    metrics: dict[str, float] = {"sample.pairs": len(scored)}
    if not scored:
        return metrics
    related = [(p, predicted) for p, predicted in scored if predicted != "none"]
    metrics["sample.related.precision"] = _weighted(related, lambda p, _: p.verdict != "unrelated")
    for relation in RELATIONS:
        predicted_as = [(p, predicted) for p, predicted in scored if predicted == relation]
        metrics[f"sample.{relation}.precision"] = _weighted(predicted_as, lambda p, _: p.verdict == relation)
        read_as = [(p, predicted) for p, predicted in scored if p.verdict == relation]
        metrics[f"sample.{relation}.recall"] = _weighted(read_as, lambda _, predicted: predicted != "none")
        metrics[f"sample.{relation}.typed_recall"] = _weighted(read_as, lambda _, predicted: predicted == relation)
        metrics[f"sample.{relation}.read"] = len(read_as)
    reused = [(p, predicted) for p, predicted in scored if p.verdict != "unrelated"]
    metrics["sample.any.recall"] = _weighted(reused, lambda _, predicted: predicted != "none")
    metrics["sample.any.read"] = len(reused)
    return metrics


def _weighted(rows: list[tuple[SamplePair, str]], good: Callable[[SamplePair, str], bool]) -> float:
    """Share of `rows` for which `good(pair, predicted)` holds, each row counting its stratum weight."""
    total = sum(pair.weight for pair, _ in rows)
    return sum(pair.weight for pair, predicted in rows if good(pair, predicted)) / total if total else 0.0


def draw_sample(corpora: Path, *, seed: int = SAMPLE_SEED) -> list[SamplePair]:
    """A fresh stratified sample (verdicts empty), to be read and judged by hand."""
    lineage = run_lineage(belgian_articles(corpora))
    by_key = lineage.by_key()
    groups = lineage_groups(lineage.sources)
    strata: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for pair in found_pairs(lineage.sources):
        strata[f"found-{pair.relation}"].append((pair.earlier, pair.later, pair.relation))
    for close in close_pairs(lineage.articles, groups):
        name = "close-shared" if close.shared >= CLOSE_SHARED else "close-cosine"
        earlier, later = sorted((close.first, close.second))  # lineage's order for undated texts
        strata[name].append((earlier, later, "none"))
    rng = random.Random(seed)
    sample = []
    for name, size in SAMPLE_SIZES.items():
        population = sorted(strata[name])
        for earlier, later, relation in rng.sample(population, min(size, len(population))):
            sample.append(SamplePair(earlier, later, name, len(population) / min(size, len(population)),
                                     relation, "", "", by_key[earlier].digest, by_key[later].digest))
    return sample


def write_sample(sample: list[SamplePair], path: Path) -> None:
    """One JSON object a line, in the order of :class:`SamplePair`'s fields."""
    lines = [json.dumps(asdict(pair), ensure_ascii=False) for pair in sample]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- suite

def run(corpora: Path, *, limit: int | None = None, sample_path: Path = SAMPLE_PATH) -> SuiteResult:
    """Pairs, reuse shares and speed of lineage on the Belgian articles (the first `limit` of each
    file when given), and its precision and recall against the stored reading."""
    articles = belgian_articles(corpora, limit=limit)
    if not articles:
        return SuiteResult("lineage", {}, notes=[f"no Belgian press-fr articles under {corpora}"])
    lineage = run_lineage(articles)
    by_key = lineage.by_key()
    pairs = found_pairs(lineage.sources)
    metrics: dict[str, float] = {"lineage.articles": len(articles), "lineage.seconds": lineage.seconds,
                                 "lineage.articles_per_second": len(articles) / max(lineage.seconds, 1e-9)}
    metrics |= pair_metrics(pairs, by_key)
    metrics |= share_metrics(pairs, by_key)
    metrics["close.pairs"] = len(close_pairs(articles, lineage_groups(lineage.sources)))
    sample_metrics, notes = score_sample(load_sample(sample_path), lineage)
    metrics |= sample_metrics
    undated = sum(a.published is None for a in articles)
    notes.append(f"{len(articles)} articles ({undated} undated: lineage orders them by key), "
                 f"lineage {lineage.seconds:.1f} s")
    rounded = {key: round(value, 4) for key, value in metrics.items()}
    return SuiteResult("lineage", rounded, table=_table(rounded), notes=notes)


def _table(metrics: dict[str, float]) -> str:
    """Markdown tables: pairs by relation and scope, reuse shares, and the sample's scores."""
    lines = ["| relation | pairs | across outlets | within one | share mean | q1 | median | q3 |",
             "|---|---|---|---|---|---|---|---|"]
    for relation in RELATIONS:
        share = [metrics.get(f"share.{relation}.{name}", 0.0) for name in ("mean", "q1", "median", "q3")]
        lines.append(f"| {relation} | {metrics[f'pairs.{relation}']:.0f} | "
                     f"{metrics[f'pairs.{relation}.cross_outlet']:.0f} | "
                     f"{metrics[f'pairs.{relation}.within_outlet']:.0f} | " + " | ".join(f"{v:.3f}" for v in share) + " |")
    lines += ["", f"{metrics['articles.related']:.0f} of {metrics['lineage.articles']:.0f} articles take part "
              f"in a pair; {metrics['close.pairs']:.0f} close pairs left unrelated; "
              f"{metrics['lineage.articles_per_second']:.0f} articles/s", "",
              "| read as / found as | precision | recall | typed recall | pairs read |", "|---|---|---|---|---|"]
    for relation in RELATIONS:
        lines.append(f"| {relation} | {metrics.get(f'sample.{relation}.precision', 0.0):.3f} | "
                     f"{metrics.get(f'sample.{relation}.recall', 0.0):.3f} | "
                     f"{metrics.get(f'sample.{relation}.typed_recall', 0.0):.3f} | "
                     f"{metrics.get(f'sample.{relation}.read', 0):.0f} |")
    return "\n".join(lines)
