"""Summary suite: ROUGE-1/2 of recoupe's extractive summary against baselines on RPM2.

RPM2 (de Loupy et al., LREC 2010) has 20 clusters of 10 French news articles, each with 4 human
summaries of about 100 words. Every system's summary is cut to the same word budget; ROUGE-N
recall, precision and F1 are averaged over the references of a cluster, then over clusters.
Tokens are lowercased French words with elisions split off; the "no stopwords" variant drops
French function words before counting n-grams.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from recoupe.eval.base import SuiteResult
from recoupe.lang.fr.checks import STOPWORDS
from recoupe.stories.check_text import centroid, content_words, cosine, idf_weights, sentences_of, tfidf, words
from recoupe.stories.summary import SummaryOptions, summarize
from recoupe.types import Article

LOG = logging.getLogger(__name__)

WORD_BUDGET = 100


@dataclass(slots=True)
class Cluster:
    """One RPM2 cluster: its articles and its human reference summaries."""

    name: str
    articles: list[Article]
    references: list[str]


def load_clusters(corpora: Path, *, limit: int | None = None) -> list[Cluster]:
    """Read RPM2 documents (title on line 1, one paragraph a line) and references."""
    base = Path(corpora) / "rpm2"
    grouped: dict[str, Cluster] = {}
    for path in sorted((base / "documents").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
        cluster = grouped.setdefault(path.name[:6], Cluster(path.name[:6], [], []))
        text = "\n\n".join(lines[1:])
        cluster.articles.append(Article(id=path.stem, source=str(path), text=text, title=lines[0] if lines else None))
    for path in sorted((base / "references").glob("*.txt")):
        if path.name[:6] in grouped:
            grouped[path.name[:6]].references.append(path.read_text(encoding="utf-8-sig").strip())
    clusters = [c for c in grouped.values() if c.references]
    return clusters[:limit] if limit else clusters


# --------------------------------------------------------------------------- ROUGE

def rouge_tokens(text: str, *, stopwords: bool = True) -> list[str]:
    """Lowercased French word tokens; without stopwords when `stopwords` is False."""
    tokens = words(text)
    return tokens if stopwords else [t for t in tokens if t not in STOPWORDS and len(t) > 1]


def rouge_n(system: list[str], reference: list[str], n: int) -> tuple[float, float, float]:
    """ROUGE-N (recall, precision, F1) of one system token list against one reference."""
    sys_grams = Counter(tuple(system[i:i + n]) for i in range(len(system) - n + 1))
    ref_grams = Counter(tuple(reference[i:i + n]) for i in range(len(reference) - n + 1))
    overlap = sum((sys_grams & ref_grams).values())
    recall = overlap / max(1, sum(ref_grams.values()))
    precision = overlap / max(1, sum(sys_grams.values()))
    f1 = 2 * recall * precision / (recall + precision) if overlap else 0.0
    return recall, precision, f1


def truncate_words(text: str, budget: int = WORD_BUDGET) -> list[str]:
    """The first `budget` tokens of a text (stopwords included), the unit every system is cut to."""
    return rouge_tokens(text)[:budget]


def score_summary(summary: str, references: Sequence[str]) -> dict[str, float]:
    """ROUGE-1/2 recall and F1, with and without stopwords, averaged over references."""
    kept = truncate_words(summary)
    scores: dict[str, float] = defaultdict(float)
    for stop_label, with_stop in (("", True), ("_nostop", False)):
        system = kept if with_stop else [t for t in kept if t not in STOPWORDS and len(t) > 1]
        for reference in references:
            ref_tokens = rouge_tokens(reference, stopwords=with_stop)
            for n in (1, 2):
                recall, _, f1 = rouge_n(system, ref_tokens, n)
                scores[f"rouge{n}{stop_label}_recall"] += recall / len(references)
                scores[f"rouge{n}{stop_label}_f1"] += f1 / len(references)
    return dict(scores)


# --------------------------------------------------------------------------- systems

def recoupe_system(articles: list[Article]) -> str:
    """recoupe's summary with a ~100-word budget."""
    options = SummaryOptions(sentences=20, max_words=WORD_BUDGET)
    return " ".join(s.text for s in summarize(articles, options=options))


def lead_system(articles: list[Article]) -> str:
    """Baseline: the first sentences of the first document."""
    return " ".join(s.text for s in sentences_of(articles[0])) if articles else ""


def centroid_system(articles: list[Article]) -> str:
    """Baseline: sentences nearest the TF-IDF centroid of the cluster, no redundancy control."""
    sentences = [s for a in articles for s in sentences_of(a) if len(words(s.text)) >= 5]
    tokens = [content_words(s.text) for s in sentences]
    idf = idf_weights(tokens)
    vectors = [tfidf(t, idf) for t in tokens]
    middle = centroid(vectors)
    ranked = sorted(range(len(sentences)), key=lambda i: cosine(vectors[i], middle), reverse=True)
    chosen: list[str] = []
    for index in ranked:
        if sum(len(words(text)) for text in chosen) >= WORD_BUDGET:
            break
        chosen.append(sentences[index].text)
    return " ".join(chosen)


class _Words:
    """sumy's tokenizer interface over our own word splitting (sumy's needs NLTK data files)."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return words(text)


def lexrank_system(articles: list[Article]) -> str:
    """Baseline: sumy's LexRank (Erkan & Radev 2004) over the cluster's sentences, with sumy's
    French stemmer and stop words, sentences taken in rank order up to the budget."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    sentences = [s.text for a in articles for s in sentences_of(a) if len(words(s.text)) >= 5]
    if not sentences:
        return ""
    document = ObjectDocumentModel([Paragraph([Sentence(text, _Words()) for text in sentences])])
    summarizer = LexRankSummarizer(Stemmer("french"))
    summarizer.stop_words = get_stop_words("french")
    # LexRankSummarizer.__call__ returns its best sentences in document order; the scores are
    # computed here the same way so that the budget takes them in rank order.
    bags = [summarizer._to_words_set(sentence) for sentence in document.sentences]
    matrix = summarizer._create_matrix(bags, summarizer.threshold, summarizer._compute_tf(bags),
                                       summarizer._compute_idf(bags))
    scores = summarizer.power_method(matrix, summarizer.epsilon)
    chosen: list[str] = []
    for index in sorted(range(len(sentences)), key=lambda i: -scores[i]):
        if sum(len(words(text)) for text in chosen) >= WORD_BUDGET:
            break
        chosen.append(sentences[index])
    return " ".join(chosen)


SYSTEMS: dict[str, Callable[[list[Article]], str]] = {
    "recoupe": recoupe_system,
    "lead": lead_system,
    "centroid": centroid_system,
    "lexrank": lexrank_system,
}


# (group, metric prefix): all clusters, each topic's first cluster, its second
GROUPS = (("all", ""), ("_C1", "initial."), ("_C2", "update."))


def run(corpora: Path, *, limit: int | None = None) -> SuiteResult:
    """ROUGE of every system over the RPM2 clusters (the first `limit` ones when given), over all
    of them and, apart, over each topic's first cluster and its second (RPM2's update task, what
    is new a month later; every system here summarises the second cluster alone)."""
    clusters = load_clusters(corpora, limit=limit)
    if not clusters:
        return SuiteResult("summary", {}, notes=[f"no RPM2 clusters under {corpora}/rpm2"])
    scored = {(cluster.name, name): score_summary(system(cluster.articles), cluster.references)
              for cluster in clusters for name, system in SYSTEMS.items()}
    metrics: dict[str, float] = {}
    tables = []
    for group, prefix in GROUPS:
        members = [c.name for c in clusters if group == "all" or c.name.endswith(group)]
        if not members:
            continue
        totals = {name: _mean([scored[(member, name)] for member in members]) for name in SYSTEMS}
        metrics.update({f"{name}.{prefix}{metric}": round(value, 4)
                        for name, row in totals.items() for metric, value in row.items()})
        tables.append(f"{len(members)} clusters ({group.strip('_')}):\n\n" + _table(totals))
    notes = [f"{len(clusters)} clusters, summaries cut to {WORD_BUDGET} words, macro average over clusters"]
    return SuiteResult("summary", metrics, table="\n\n".join(tables), notes=notes)


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {metric: sum(row[metric] for row in rows) / len(rows) for metric in rows[0]}


def _table(totals: dict[str, dict[str, float]]) -> str:
    """A Markdown table: one row per system, one column per metric."""
    columns = sorted(next(iter(totals.values())).keys())
    lines = ["| system | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for name, row in totals.items():
        lines.append(f"| {name} | " + " | ".join(f"{row[c]:.4f}" for c in columns) + " |")
    return "\n".join(lines)
