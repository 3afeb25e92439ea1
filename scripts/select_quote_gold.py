"""Choose the articles of the quote gold set and split them into a tuning and a test half.

Run once, before any rule is written against the gold (the split is part of the output):

    python scripts/select_quote_gold.py OUT.jsonl [--per-outlet 8] [--seed 7]

Articles come from press-fr (gilets jaunes and contrast files) and RPM2: 120 to 900 words, with
reported speech in them (quote marks or reporting verbs), no near-copy of an article already
chosen (agency copy appears in several outlets; a copy across halves would leak), and none that
holds a paragraph of the older 81-quote set (tuned on). Within each outlet the genres the text
suggests (news report, agency dispatch, interview, press review, opinion) are taken in turn. The split is by
article, alternating within each outlet in the order of a hash of the key.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections import defaultdict
from pathlib import Path

from recoupe.eval.press_fr import CorpusArticle, iter_articles
from recoupe.paths import PACKAGE_DIR, corpora_dir

OLD_GOLD = PACKAGE_DIR / "eval" / "data" / "quotes_fr.jsonl"
GENRE_CUES = {
    "press-review": r"revue de presse|presse étrangère|presse internationale|écrit (le|la|l.) (quotidien|journal|hebdomadaire)|titre (le|la) |selon (le|la) (quotidien|journal)",
    "interview": r"^(Q|R) ?:|^[—–-] |\binterview\b|\bentretien\b",
    "agency": r"\(AFP\)|\bAFP\b|\bBelga\b|\bATS\b|\bReuters\b",
    "opinion": r"\bchronique\b|\béditorial\b|\bédito\b|\btribune\b|carte blanche|\bbillet\b",
}
REPORTING = re.compile(r"\b(a|ont) (déclaré|affirmé|estimé|expliqué|indiqué|annoncé|souligné|dit|assuré|précisé)\b|\bselon\b|\bd'après\b|-t-(il|elle)\b", re.I)
OUTLET_NAMES = {"journaldequebec.com": "Journal de Québec", "LaLibre": "La Libre Belgique"}
RPM2_QUOTA = 14
REVIEW_EXTRA = 8


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--per-outlet", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    chosen = choose(list(iter_articles(corpora_dir())), per_outlet=args.per_outlet, seed=args.seed)
    with args.out.open("w", encoding="utf-8") as handle:
        for article, genre, split in chosen:
            handle.write(json.dumps({"key": article.key, "outlet": outlet(article), "genre_hint": genre,
                                     "split": split, "digest": article.digest}, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} articles -> {args.out}")


def outlet(article: CorpusArticle) -> str:
    return OUTLET_NAMES.get(article.outlet, article.outlet)


def choose(articles: list[CorpusArticle], *, per_outlet: int, seed: int) -> list[tuple[CorpusArticle, str, str]]:
    rng = random.Random(seed)
    old = [json.loads(line)["text"][:80] for line in OLD_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    pool: dict[str, list[tuple[CorpusArticle, str]]] = defaultdict(list)
    for article in articles:
        if _eligible(article, old):
            pool[outlet(article)].append((article, _genre(article.text)))
    chosen: list[tuple[CorpusArticle, str]] = []
    shingles: list[set[int]] = []
    for name in sorted(pool):
        quota = RPM2_QUOTA if name == "rpm2" else per_outlet
        candidates = _interleave(pool[name], rng)
        taken = _take(candidates, quota, chosen, shingles)
        print(f"{name}: {taken} of {len(candidates)} eligible")
    reviews = [item for name in sorted(pool) for item in pool[name] if item[1] == "press-review"]
    rng.shuffle(reviews)
    _take(reviews, REVIEW_EXTRA, chosen, shingles)
    return _split(chosen)


GENRE_ORDER = ("report", "agency", "interview", "report", "press-review", "opinion")


def _interleave(items: list[tuple[CorpusArticle, str]], rng: random.Random) -> list[tuple[CorpusArticle, str]]:
    """Candidates taking genres in turn (news reports twice as often), each genre shuffled."""
    by_genre: dict[str, list] = defaultdict(list)
    for item in items:
        by_genre[item[1]].append(item)
    for genre in sorted(by_genre):
        rng.shuffle(by_genre[genre])
    ordered = []
    while any(by_genre.values()):
        for genre in GENRE_ORDER:
            if by_genre.get(genre):
                ordered.append(by_genre[genre].pop(0))
    return ordered


def _eligible(article: CorpusArticle, old: list[str]) -> bool:
    words = len(article.text.split())
    if not 120 <= words <= 900:
        return False
    marks = len(re.findall(r"[«“\"]", article.text))
    if marks < 2 and len(REPORTING.findall(article.text)) < 2:
        return False
    return not any(prefix in article.text for prefix in old)


def _genre(text: str) -> str:
    for genre, pattern in GENRE_CUES.items():
        if re.search(pattern, text, re.I | re.M):
            return genre
    return "report"


def _take(candidates, quota: int, chosen: list, shingles: list[set[int]]) -> int:
    taken = 0
    for article, genre in candidates:
        if taken >= quota:
            break
        if any(c[0].key == article.key for c in chosen):
            continue
        mine = _shingles(article.text)
        if any(len(mine & other) / max(1, min(len(mine), len(other))) > 0.3 for other in shingles):
            continue
        chosen.append((article, genre))
        shingles.append(mine)
        taken += 1
    return taken


def _shingles(text: str) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    return {hash(" ".join(words[i:i + 5])) for i in range(max(0, len(words) - 4))}


def _split(chosen: list[tuple[CorpusArticle, str]]) -> list[tuple[CorpusArticle, str, str]]:
    by_outlet: dict[str, list[tuple[CorpusArticle, str]]] = defaultdict(list)
    for article, genre in chosen:
        by_outlet[outlet(article)].append((article, genre))
    result = []
    for name in sorted(by_outlet):
        ordered = sorted(by_outlet[name], key=lambda item: hashlib.sha1(item[0].key.encode()).hexdigest())
        for index, (article, genre) in enumerate(ordered):
            result.append((article, genre, "tune" if index % 2 == 0 else "test"))
    return result


if __name__ == "__main__":
    main()
