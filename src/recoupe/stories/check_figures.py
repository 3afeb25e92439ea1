"""Conflicting figures: the same quantity of the same event, reported with different numbers.

A figure is a number with the thing it counts ("38 personnes"). Two figures measure the same
thing only when they share the head noun (or unit), an event predicate read from the parse
("évacuer"), and no differing dates. Parts of a whole ("douze sur quarante-huit"), ranges, and
rates are never compared with plain counts. Figures attributed to opposing claimants in the
same passage ("selon le syndicat 42 %, selon la direction 23 %") are a dispute, not an error:
they get their own flag kind, `disputed-figures`.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from recoupe.disjoint import DisjointSets
from recoupe.lang.fr.checks import (
    APPROXIMATE_COUNT_NOUNS,
    APPROXIMATION_CUES,
    LOWER_BOUND_CUES,
    MULTIPLIERS,
    NON_QUANTITY_HEADS,
    NUMBER_WORD_SCALES,
    NUMBER_WORD_UNITS,
    NUMBER_WORDS_NOT_ALONE,
    PART_OF_DETERMINERS,
    PART_OF_MAX_WORDS,
    PART_OF_WORDS,
    PRE_NOUN_ADJECTIVES,
    RANGE_PREFIX_PATTERN,
    RANGE_SUFFIX_PATTERN,
    RATE_PATTERN,
    UNITS,
    UPPER_BOUND_CUES,
    WHOLE_PREFIX_PATTERN,
)
from recoupe.stories.check_text import content_words, fold, independent, sentence_at
from recoupe.stories.check_figure_context import read_contexts
from recoupe.types import Article, Citation, Flag

LOG = logging.getLogger(__name__)

_DIGITS = re.compile(
    r"(?<![\w.,/-])(?P<number>\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:,\d+)?)"
    r"(?P<ordinal>e|er|ère|ème|è)?(?![\w])"
)
_WORD_ALTERNATION = "|".join(sorted([*NUMBER_WORD_UNITS, *NUMBER_WORD_SCALES], key=len, reverse=True))
_NUMBER_WORDS = re.compile(
    rf"(?<![\w-])(?P<number>(?:{_WORD_ALTERNATION})(?:(?:-et-|-|\s+et\s+|\s+)(?:{_WORD_ALTERNATION}))*)(?![\w-])",
    re.IGNORECASE,
)
_COUNT_NOUN = re.compile(
    r"\bune?\s+(?P<number>" + "|".join(APPROXIMATE_COUNT_NOUNS) + r")\s+(?:de\s+|d['’])", re.IGNORECASE
)
_FOLLOWING = re.compile(r"[^\W\d_][\w'’-]*|%|€|\$")
_OF_NOUN = re.compile(r"^\s*(?:des|de|du|d['’])\s*([^\W\d_][\w-]*)", re.IGNORECASE)
ROUNDING_TOLERANCE = 0.15  # "environ 70" is compatible with anything within 15 %
DISPUTE_MAX_SENTENCES = 2  # a dispute is written in one passage: at most this many sentences apart


@dataclass(slots=True)
class Figure:
    """A number with the thing it counts, in one sentence of one article."""

    article: Article
    value: float
    head: str  # singular, accent-folded head noun or unit ("personne", "%"), "/jour" for rates
    phrase: str  # as written: "38 personnes"
    approximate: bool
    start: int  # span of the sentence
    end: int
    context: frozenset[str]  # content words of the sentence
    number_start: int = 0
    head_start: int = 0
    head_text: str = ""  # the head word as written ("personnes")
    measured: str | None = None  # "42 % des conducteurs" -> "conducteur"
    predicates: frozenset[str] = frozenset()  # event lemmas read from the parse ("évacuer")
    participles: dict[str, str] = field(default_factory=dict)  # lemma -> participle as written
    dates: frozenset[str] = frozenset()  # day values of the sentence's dates
    times: frozenset[str] = frozenset()  # clock times of the sentence ("18:00"): a count of that hour
    bound: str | None = None  # "min" for "plus de 400", "max" for "moins de 400", None for a count
    claimant: str | None = None  # who the figure is attributed to ("la direction de la CFC")


# --------------------------------------------------------------------------- reading figures

def figures_of(article: Article) -> list[Figure]:
    """Every counted quantity of an article; years, dates, times, ordinals, ranges and parts skipped."""
    found = []
    for start, end, value, approximate in _numbers(article.text):
        if _excluded(article.text, start, end):
            continue
        figure = _figure(article, start, end, value, approximate)
        if figure:
            found.append(figure)
    return found


def _numbers(text: str) -> list[tuple[int, int, float, bool]]:
    """(start, end, value, approximate-by-wording) of digit numbers, number words and count nouns."""
    found = []
    for match in _DIGITS.finditer(text):
        raw = match["number"]
        if match["ordinal"] or (re.fullmatch(r"\d{4}", raw) and 1800 <= int(raw) <= 2100):
            continue
        found.append((match.start(), match.end(), float(re.sub(r"[.\u00a0\u202f ]", "", raw).replace(",", ".")), False))
    for match in _NUMBER_WORDS.finditer(text):
        words = [w for w in re.split(r"-et-|-|\s+et\s+|\s+", match["number"].lower()) if w]
        if words == [words[0]] and words[0] in NUMBER_WORDS_NOT_ALONE:
            continue
        found.append((match.start(), match.end(), float(words_value(words)), False))
    for match in _COUNT_NOUN.finditer(text):
        value = APPROXIMATE_COUNT_NOUNS[match["number"].lower()]
        found.append((match.start(), match.end(), float(value), True))
    return found


def words_value(words: list[str]) -> int:
    """The value of French number words: ["quatre", "vingt", "dix"] -> 90, ["deux", "cents"] -> 200."""
    total = current = 0
    previous = None
    for word in words:
        if word in NUMBER_WORD_SCALES:
            if NUMBER_WORD_SCALES[word] == 1000:
                total, current = total + max(current, 1) * 1000, 0
            else:
                current = max(current, 1) * 100
        elif word.startswith("vingt") and previous == "quatre":
            current += 76  # quatre-vingt: 4 * 20, the 4 already counted
        else:
            current += NUMBER_WORD_UNITS.get(word, 0)
        previous = word
    return total + current


def _excluded(text: str, start: int, end: int) -> bool:
    """True for a number in a range or in a part-of-whole relation ("12 sur 48", "sur les 210")."""
    before, after = text[max(0, start - 14):start], text[end:end + 12]
    if RANGE_PREFIX_PATTERN.search(before) or RANGE_SUFFIX_PATTERN.search(after):
        return True
    return bool(WHOLE_PREFIX_PATTERN.search(before)) or _is_part(text, end)


def _is_part(text: str, end: int) -> bool:
    """True when "sur"/"parmi" and another number follow within the clause."""
    clause = re.split(r"[,.;:!?()«»]", text[end:end + 100])[0]
    tokens = clause.lower().split()[:PART_OF_MAX_WORDS + 3]
    for index, token in enumerate(tokens):
        if token in PART_OF_WORDS:
            rest = [t for t in tokens[index + 1:index + 3] if t not in PART_OF_DETERMINERS]
            return bool(rest) and _looks_like_number(rest[0])
    return False


def _looks_like_number(token: str) -> bool:
    """A digit run or a (compound) French number word."""
    return token[:1].isdigit() or all(part in NUMBER_WORD_UNITS or part in NUMBER_WORD_SCALES
                                      for part in token.split("-") if part)


def _figure(article: Article, start: int, end: int, value: float, approximate: bool) -> Figure | None:
    """Attach the head noun (or unit) following a number; None when it counts nothing."""
    text = article.text
    tokens = list(_FOLLOWING.finditer(text, end, min(len(text), end + 60)))[:4]
    index = 0
    while index < len(tokens) and fold(tokens[index].group()) in {fold(w) for w in PRE_NOUN_ADJECTIVES}:
        value *= MULTIPLIERS.get(tokens[index].group().lower(), 1)
        index += 1
    if index >= len(tokens):
        return None
    head_match = tokens[index]
    head = head_match.group().lower()
    if head in NON_QUANTITY_HEADS or not (head in UNITS or len(head) > 2) or _not_a_noun(head_match.group()):
        return None
    sentence = sentence_at(article, start)
    key = _head_key(head) + _rate_suffix(text[head_match.end():head_match.end() + 20])
    before = text[max(sentence[0], start - 25):start].lower()
    return Figure(
        article=article, value=value, head=key,
        phrase=" ".join(f"{text[start:end]} {' '.join(t.group() for t in tokens[:index + 1])}".split()),
        approximate=approximate or any(cue in before for cue in APPROXIMATION_CUES),
        bound=_bound(before),
        start=sentence[0], end=sentence[1],
        context=frozenset(content_words(text[sentence[0]:sentence[1]])) - {key},
        number_start=start, head_start=head_match.start(), head_text=head_match.group(),
        measured=_measured(head, text[head_match.end():head_match.end() + 40]),
    )


def _bound(before: str) -> str | None:
    """"min" when the words before a number make it a lower bound, "max" an upper one."""
    for cue in sorted([*LOWER_BOUND_CUES, *UPPER_BOUND_CUES], key=len, reverse=True):
        if before.rstrip().endswith(cue):
            return "min" if cue in LOWER_BOUND_CUES else "max"
    return None


def _not_a_noun(word: str) -> bool:
    """An elided form ("c'est") or a capitalised word (a name, a title) cannot be a counted noun."""
    return bool(re.search(r"['’]", word)) or word[:1].isupper()


def _head_key(head: str) -> str:
    """Units map to their symbol; nouns are folded and singularised."""
    if head in UNITS:
        return UNITS[head]
    key = fold(head)
    return key[:-1] if len(key) > 3 and key.endswith(("s", "x")) else key


def _rate_suffix(after: str) -> str:
    """"/jour" when the quantity is per day ("150 000 euros par jour"), else ""."""
    match = RATE_PATTERN.match(after)
    return f"/{fold(match.group(1))}" if match else ""


def _measured(head: str, after: str) -> str | None:
    """What a percentage measures: "42 % des conducteurs" -> "conducteur"."""
    if UNITS.get(head) != "%":
        return None
    match = _OF_NOUN.match(after)
    return _head_key(match.group(1).lower()) if match else None


# --------------------------------------------------------------------------- comparing figures

def compatible(a: Figure, b: Figure) -> bool:
    """True when two numbers agree, allowing rounding when either is approximate; a bound agrees
    with every number on its side ("plus de 106 blessés" with 409)."""
    if a.value == b.value:
        return True
    for bound, other in ((a, b), (b, a)):
        if bound.bound == "min" and other.value >= bound.value * (1 - ROUNDING_TOLERANCE):
            return True
        if bound.bound == "max" and other.value <= bound.value * (1 + ROUNDING_TOLERANCE):
            return True
    if a.approximate or b.approximate:
        return abs(a.value - b.value) <= ROUNDING_TOLERANCE * max(a.value, b.value)
    return False


def same_quantity(a: Figure, b: Figure) -> bool:
    """Same head and measured thing, a shared event predicate, and no differing dates or hours."""
    if a.head != b.head or not (a.measured == b.measured or None in (a.measured, b.measured)):
        return False
    if not a.predicates & b.predicates:
        return False
    if a.times and b.times and not a.times & b.times:
        return False  # counts of different hours of one day: a toll that grew, not a conflict
    return not (a.dates and b.dates and not a.dates & b.dates)


def _opposed(a: Figure, b: Figure) -> bool:
    """True when both figures are attributed, to claimants that share no word (not the same source)."""
    if not (a.claimant and b.claimant):
        return False
    return not set(content_words(fold(a.claimant))) & set(content_words(fold(b.claimant)))


def figure_flags(articles: Sequence[Article], roots: dict[str, str]) -> list[Flag]:
    """Conflicting and disputed figures, from one reading (and one parse) of the story's figures."""
    figures = _read(articles)
    return _conflicts(figures, roots) + _disputes(figures)


def conflicting_figures(articles: Sequence[Article], roots: dict[str, str]) -> list[Flag]:
    """One flag per measured thing that independent sources report with incompatible numbers."""
    return _conflicts(_read(articles), roots)


def _conflicts(figures: list[Figure], roots: dict[str, str]) -> list[Flag]:
    flags = []
    for group in _quantities(figures):
        pairs = [
            (a, b) for i, a in enumerate(group) for b in group[i + 1:]
            if independent(a.article, b.article, roots) and not compatible(a, b) and not _opposed(a, b)
        ]
        if pairs:
            flags.append(_conflict_flag(group, pairs))
    return flags


def _read(articles: Sequence[Article]) -> list[Figure]:
    """Figures of all articles, with their parse-based context (predicates, dates, claimant)."""
    figures = [f for a in articles for f in figures_of(a)]
    heads = Counter(f.head for f in figures)
    # a figure whose head noun no other figure shares can never pair: spare it the parse
    pairable = [f for f in figures if heads[f.head] > 1]
    read_contexts(pairable)
    return pairable


def _quantities(figures: list[Figure]) -> list[list[Figure]]:
    """Groups of figures that measure the same thing (connected by `same_quantity`)."""
    sets = DisjointSets(len(figures))
    for i, a in enumerate(figures):
        for j in range(i + 1, len(figures)):
            if same_quantity(a, figures[j]):
                sets.union(i, j)
    return [g for g in sets.groups(figures) if len(g) > 1]


def _conflict_flag(group: list[Figure], pairs: list[tuple[Figure, Figure]]) -> Flag:
    """A flag naming the thing and, for each conflicting value, the outlets that give it."""
    values = sorted({f.value for pair in pairs for f in pair})
    carriers = [f for f in group if f.value in values]
    thing = _thing(group)
    by_value = {v: _outlets([f for f in carriers if f.value == v]) for v in values}
    statement = " ; ".join(f"{_show(v)} selon {', '.join(outlets)}" for v, outlets in by_value.items())
    unique = list({(f.article.id, f.start): f for f in carriers}.values())
    return Flag(
        kind="conflicting-figures",
        message=f"Chiffres divergents — {thing} : {statement}",
        evidence=[Citation(f.article.id, f.start, f.end, f.article.outlet) for f in unique],
        details={
            "quantity": thing, "head": group[0].head, "values": ", ".join(_show(v) for v in values),
            "figures": "; ".join(f"{f.phrase} ({_name(f.article)})" for f in unique),
            "evidence_values": "; ".join(_show(f.value) for f in unique),  # one per evidence citation
        },
    )


def _thing(group: list[Figure]) -> str:
    """"personnes évacuées": the head as written and the shared predicate (as a participle if any)."""
    shared = Counter(p for f in group for p in f.predicates)
    lemma = shared.most_common(1)[0][0] if shared else ""
    head = Counter(f.head_text.lower() for f in group).most_common(1)[0][0]
    participle = next((f.participles[lemma] for f in group if lemma in f.participles), None)
    if participle:
        return f"{head} {participle.lower()}"
    return f"{head} ({lemma})" if lemma else head


def _outlets(figures: list[Figure]) -> list[str]:
    """Distinct outlet names, in order of appearance."""
    return list(dict.fromkeys(_name(f.article) for f in figures))


def _name(article: Article) -> str:
    return article.outlet or article.title or article.id


def _show(value: float) -> str:
    """A number without a useless decimal part."""
    return str(int(value)) if value == int(value) else str(value)


# --------------------------------------------------------------------------- disputes

def disputed_figures(articles: Sequence[Article], roots: dict[str, str]) -> list[Flag]:
    """Figures of one passage attributed to opposing claimants ("42 % selon X, 23 % selon Y")."""
    return _disputes(_read(articles))


def _disputes(read: list[Figure]) -> list[Flag]:
    flags: dict[tuple[str, frozenset[float]], Flag] = {}
    by_article: dict[str, list[Figure]] = {}
    for figure in read:
        if figure.claimant:
            by_article.setdefault(figure.article.id, []).append(figure)
    for figures in by_article.values():
        for i, a in enumerate(figures):
            for b in figures[i + 1:]:
                if _disputed(a, b):
                    flags.setdefault((a.head, frozenset({a.value, b.value})), _dispute_flag(a, b))
    return list(flags.values())


def _disputed(a: Figure, b: Figure) -> bool:
    """Same unit or head, incompatible values, opposing claimants, close in the text."""
    if a.head != b.head or not (a.measured == b.measured or None in (a.measured, b.measured)):
        return False
    if compatible(a, b) or not _opposed(a, b):
        return False
    between = a.article.text[min(a.end, b.end):max(a.start, b.start)]
    return len(re.findall(r"[.!?](?:\s|$)", between)) < DISPUTE_MAX_SENTENCES


def _dispute_flag(a: Figure, b: Figure) -> Flag:
    """A disputed-figures flag: each figure with who gives it."""
    measured = a.measured or b.measured
    thing = f"{a.head_text} de {measured}s" if measured and a.head == "%" else a.head_text
    return Flag(
        kind="disputed-figures",
        message=(f"Chiffres contestés — {thing} : {a.phrase} selon {a.claimant} ; "
                 f"{b.phrase} selon {b.claimant} ({_name(a.article)})"),
        evidence=list({(f.start, f.end): Citation(f.article.id, f.start, f.end, f.article.outlet)
                       for f in (a, b)}.values()),
        details={"quantity": thing, "values": f"{_show(a.value)}, {_show(b.value)}",
                 "claimants": f"{a.claimant} ; {b.claimant}", "article_id": a.article.id},
    )
