"""French byline vocabulary used to find the outlet that published a page (data only)."""

import re

# Host prefixes that name a mirror or a mobile edition, not the outlet.
HOST_PREFIXES_TO_DROP = ("www.", "www1.", "www2.", "www3.", "m.", "mobile.", "amp.")

# Byline cues: the outlet follows the cue ("Publié le 8 novembre 2024, par Cheetah.News").
# Order matters: the most specific cues come first.
BYLINE_CUES = (
    r"(?:publi[ée]e?|mis en ligne|mis à jour|modifi[ée]e?)\b[^\n]*?,?\s*\bpar\s+",
    r"^\s*(?:article\s+)?(?:r[ée]dig[ée]e?\s+)?par\s*:?\s+",
    r"^\s*(?:source|sources|d'après|d’après|avec)\s*:\s*",
    r"^\s*(?:©|\(c\)|copyright\s*©?|crédits?\s*:?)\s*",
)
BYLINE_CUE_PATTERNS = tuple(re.compile(cue, re.IGNORECASE) for cue in BYLINE_CUES)

# Where the outlet's name stops: a description, a date, an agency or a legal notice follows.
OUTLET_NAME_END = re.compile(
    r"\s+[-–—|]\s+|\s*[,;:()\[\]]|\.\s|\.$|\s+(?:le|du|avec|et|à|depuis|publi[ée]e?)\s|"
    r"\s+(?:tous droits|all rights)|\s+\d{4}\b",
    re.IGNORECASE,
)

# Words that follow a cue but are not an outlet ("Par ailleurs", "Source : Shutterstock/photo").
NOT_AN_OUTLET = frozenset({
    "ailleurs", "exemple", "contre", "conséquent", "consequent", "rapport", "moments", "la suite",
    "défaut", "defaut", "photo", "image", "images", "illustration", "getty images", "shutterstock",
    "istock", "dr", "droits réservés", "la rédaction", "rédaction", "redaction", "notre rédaction",
})

# An outlet name is short; a longer run is a sentence.
MAX_OUTLET_WORDS = 6
