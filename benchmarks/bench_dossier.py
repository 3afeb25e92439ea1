"""Time to build one large story's dossier, step by step (reported, never asserted).

Annotates the first ``--limit`` articles of one outlet of the gilets-jaunes press corpus (outlets
spread over seven names so that the checks see independent sources), treats them as one story,
finds their lineage, then times ``build_dossier`` and its heaviest steps on them: the summary,
the quote table, and the checks (quote flags, figures, out of time).

    python benchmarks/bench_dossier.py [--limit 200] [--outlet lefigaro.fr] [--model fr_core_news_md]
"""

from __future__ import annotations

import argparse
import time
from itertools import islice
from pathlib import Path

from gilets_jaunes import default_root, read_corpus
from results_file import append_results

OUTLET_NAMES = 7  # the articles' outlet is one of this many names


def story_articles(root: Path, limit: int, outlet: str, model: str) -> list:
    """The first `limit` pages of `outlet`, annotated as the pipeline does it."""
    from recoupe.nlp.annotate import annotate_articles
    from recoupe.types import Article, Published

    pages = islice((p for p in read_corpus(root) if p["outlet"] == outlet), limit)
    articles = [
        Article(id=page["id"], source=page["id"], text=page["text"], title=page.get("title"), lang="fr",
                outlet=f"{page['outlet']} {number % OUTLET_NAMES}",
                published=Published(page["published"], "container") if page.get("published") else None)
        for number, page in enumerate(pages)
    ]
    return [a for a in annotate_articles(articles, model=model) if isinstance(a, Article)]


def timed(step, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = step(*args, **kwargs)
    return time.perf_counter() - started, result


def bench(articles: list) -> list[tuple[str, float]]:
    """Seconds of the dossier and of its heaviest steps."""
    from recoupe.corpus import find_sources
    from recoupe.stories.check_text import lineage_roots
    from recoupe.stories.dossier import build_dossier
    from recoupe.stories.quote_flags import quote_flags
    from recoupe.stories.quote_table import build_quote_table
    from recoupe.stories.summary import SummaryOptions, summarize
    from recoupe.types import Story

    lineage, sources = timed(find_sources, articles)
    roots = lineage_roots(sources)
    story = Story(id="bench", title="bench", article_ids=[a.id for a in articles])
    return [
        ("lineage", lineage),
        ("summary", timed(summarize, articles, sources, options=SummaryOptions(max_words=100))[0]),
        ("quote table", timed(build_quote_table, articles)[0]),
        ("quote flags", timed(quote_flags, articles, roots)[0]),
        ("whole dossier (checks, summary, timeline, quote table)", timed(build_dossier, story, articles, sources)[0]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--outlet", default="lefigaro.fr")
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args()
    articles = story_articles(args.corpus or default_root(), args.limit, args.outlet, args.model)
    if not articles:
        raise SystemExit(f"no article of {args.outlet} in the corpus")
    rows = bench(articles)
    table = "\n".join(["| step | seconds |", "|---|---:|", *(f"| {name} | {seconds:.2f} |" for name, seconds in rows)])
    quotes = sum(len(a.quotes) for a in articles)
    notes = [f"one story of {len(articles)} {args.outlet} gilets-jaunes articles ({quotes} quotes), one process"]
    append_results(f"bench_dossier: {len(articles)} articles", table, notes=notes)


if __name__ == "__main__":
    main()
