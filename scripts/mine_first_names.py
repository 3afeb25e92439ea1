"""Mine the gender of French first names from the press corpus, for pronoun agreement.

    python scripts/mine_first_names.py [--out FILE]

Reads every article of `../shared/corpora` (press-fr and RPM2) except the test half of the quote
gold, and counts for each first name the gendered cues that introduce a full name: an honorific
("M. Benjamin Griveaux", "Mme Fleur Pellerin") or a determiner and a role noun with at most two
adjectives before it ("la ministre Marlène Schiappa", "le président russe Vladimir Poutine").
A first name is kept when it has at least MIN_VOTES cues and AGREEMENT of them agree. Writes
`src/recoupe/lang/fr/data/first_names.tsv` (name, gender, cues), read by
:mod:`recoupe.lang.fr.first_names`.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from recoupe.eval.press_fr import iter_articles
from recoupe.eval.quote_gold import GOLD_PATH
from recoupe.lang.fr.first_names import FIRST_NAMES_PATH
from recoupe.lang.fr.quotes import PERSON_ROLE_NOUNS
from recoupe.paths import corpora_dir

MIN_VOTES = 1
AGREEMENT = 0.9
NAME = r"([A-ZÉÈÎÔ][a-zéèëêïîôûüç]+(?:-[A-ZÉÈ][a-zéèëêïîç]+)?)\s+(?:[A-ZÉÈ]\.?\s+)?(?:(?:de|du|von|van|Le|La|El|Al)\s+)?[A-ZÉÈÎÔ][\w'’-]+"
HONORIFIC = re.compile(r"\b(M\.|Monsieur|Mme|Madame|Mlle|Mademoiselle)\s+" + NAME)
ROLE = re.compile(r"\b(le|la|un|une|du|au|de la)\s+([a-zéèêâîôûç-]+)((?:\s+[a-zéèêàâîôûç-]+){0,2})\s+" + NAME)
ELIDED = re.compile(r"\b[lL][’'](\w+)\s+(?:([a-zéèêâîôûç-]+)\s+)?" + NAME)
AGED = re.compile(NAME + r",\s+(âgée?)\s+de\b")
ELIDED_GENDER = {"ancien": "Masc", "ancienne": "Fem", "avocat": "Masc", "avocate": "Fem", "acteur": "Masc",
                 "actrice": "Fem", "élu": "Masc", "élue": "Fem", "écrivain": "Masc", "écrivaine": "Fem",
                 "étudiant": "Masc", "étudiante": "Fem", "animateur": "Masc", "animatrice": "Fem",
                 "auteur": "Masc", "autrice": "Fem", "entraîneur": "Masc", "entraîneuse": "Fem",
                 "ex-président": "Masc", "ex-présidente": "Fem", "opposant": "Masc", "opposante": "Fem",
                 "eurodéputé": "Masc", "eurodéputée": "Fem", "ambassadeur": "Masc", "ambassadrice": "Fem",
                 "ex-ministre": None, "historien": "Masc", "historienne": "Fem", "économiste": None}
# Nouns of people whose grammatical gender follows the person's (not "la figure", "la victime").
PEOPLE = frozenset({
    "journaliste", "chroniqueur", "chroniqueuse", "éditorialiste", "correspondant", "correspondante",
    "sociologue", "historien", "historienne", "philosophe", "policier", "policière", "retraité",
    "retraitée", "étudiant", "étudiante", "opposant", "opposante", "chanteur", "chanteuse", "artiste",
    "comédien", "comédienne", "acteur", "actrice", "animateur", "animatrice", "initiateur",
    "initiatrice", "créateur", "créatrice", "écrivaine", "présentateur", "présentatrice", "élue",
})
PREPOSITIONS = frozenset({"de", "du", "des", "d", "à", "au", "aux", "en", "pour", "par", "sur", "et", "ou"})
MASCULINE_DETERMINERS = frozenset({"le", "un", "du", "au"})


def cues(text: str):
    """(first name, "Masc" | "Fem") for every gendered cue before a full name in a text."""
    for match in HONORIFIC.finditer(text):
        yield match.group(2), "Masc" if match.group(1) in ("M.", "Monsieur") else "Fem"
    roles = PERSON_ROLE_NOUNS | PEOPLE
    for match in ROLE.finditer(text):
        determiner, noun, adjectives = match.group(1), match.group(2), match.group(3).split()
        if noun not in roles or any(word in PREPOSITIONS for word in adjectives):
            continue
        yield match.group(4), "Masc" if determiner in MASCULINE_DETERMINERS else "Fem"
    for match in ELIDED.finditer(text):
        gender = ELIDED_GENDER.get(match.group(1).lower())
        if gender is not None and (match.group(2) is None or match.group(2) in roles):
            yield match.group(3), gender
    for match in AGED.finditer(text):
        yield match.group(1), "Fem" if match.group(2) == "âgée" else "Masc"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=FIRST_NAMES_PATH)
    args = parser.parse_args()
    corpora = corpora_dir()
    if corpora is None:
        raise SystemExit("mining needs ../shared/corpora (set RECOUPE_SHARED)")
    selection = GOLD_PATH.with_name("quote_gold_selection.jsonl")
    held_out = {item["key"] for item in map(json.loads, selection.read_text().splitlines()) if item["split"] == "test"}
    votes: dict[str, Counter] = defaultdict(Counter)
    articles = 0
    for article in iter_articles(corpora):
        if article.key in held_out:
            continue
        articles += 1
        for name, gender in cues(article.text):
            votes[name][gender] += 1
    kept = []
    for name, counter in sorted(votes.items()):
        gender, count = counter.most_common(1)[0]
        total = sum(counter.values())
        if total >= MIN_VOTES and count / total >= AGREEMENT:
            kept.append(f"{name}\t{gender}\t{total}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("# first name, gender, cues (scripts/mine_first_names.py)\n" + "\n".join(kept) + "\n")
    print(f"{articles} articles, {len(votes)} first names seen, {len(kept)} kept -> {args.out}")


if __name__ == "__main__":
    main()
