"""French byline vocabulary used to find the outlet that published a page (data only)."""

import re

# Host prefixes that name a mirror or a mobile edition, not the outlet.
HOST_PREFIXES_TO_DROP = ("www.", "www1.", "www2.", "www3.", "m.", "mobile.", "amp.")

# Cues after which a publisher is named ("Publié le 8 novembre 2024, par Cheetah.News", "© Le Monde",
# "Par la rédaction d'Horizon Régions"). Order matters: the most specific cues come first.
PUBLISHER_CUES = (
    r"\br[ée]daction\s+(?:de\s+|d['’]\s*)",
    r"(?:publi[ée]e?|mis en ligne|mis à jour|modifi[ée]e?)\b[^\n]*?,?\s*\bpar\s+",
    r"^\s*(?:source|sources|d'après|d’après|avec)\s*:\s*",
    r"^\s*(?:©\s*(?:copyright\b)?|\(c\)|copyright\s*©?|crédits?\s*:?)\s*",
)
PUBLISHER_CUE_PATTERNS = tuple(re.compile(cue, re.IGNORECASE) for cue in PUBLISHER_CUES)

# Cues after which an author is usually named ("Par Camille Roussel", "Rédigé par ..."): what
# follows is an outlet only when it looks like one (`SITE_LIKE_PATTERNS`).
AUTHOR_CUES = (
    r"^\s*(?:article\s+)?(?:r[ée]dig[ée]e?\s+|[ée]crit\s+|sign[ée]e?\s+)?(?:par|by)\s*:?\s+",
)
AUTHOR_CUE_PATTERNS = tuple(re.compile(cue, re.IGNORECASE) for cue in AUTHOR_CUES)

# Where the outlet's name stops: a description, a date, an agency or a legal notice follows.
OUTLET_NAME_END = re.compile(
    r"\s+[-–—|·•]\s+|\s*[,;:()\[\]|]|\.\s|\.$|\s+(?:le|du|avec|et|à|depuis|publi[ée]e?|est|sur)\s|"
    r"\s+(?:tous droits|all rights)|\s+\d{4}\b",
    re.IGNORECASE,
)

# Where an author's name stops: a separator, a date, an agency.
AUTHOR_NAME_END = re.compile(r"\s+[-–—|·•]\s+|\s*[,;:()\[\]|]|\s+(?:le|avec|à|publi[ée]e?|mis)\s|\s+\d", re.IGNORECASE)

# Names shaped like a site rather than a person: a domain, an article ("Le Monde", "L'Écho des
# Coteaux", "The Chronicle"), an acronym ("AFP"), a number ("Actu-Flash 24"), a hyphenated brand.
SITE_LIKE_PATTERNS = (
    re.compile(r"\.[a-z]{2,6}$", re.IGNORECASE),
    re.compile(r"^(?i:le|la|les|l['’]|the)\s*[A-ZÀ-Ý]"),
    re.compile(r"^[A-ZÀ-Ý0-9&]{2,8}(?:\s|$)"),
    re.compile(r"\d"),
    re.compile(r"^[A-ZÀ-Ý][\wÀ-ÿ]*-[A-ZÀ-Ý]"),
    re.compile(r"\b(?:radio|télé|tv|info|infos|news|presse|journal|magazine|hebdo|quotidien|actu|média|médias)\b",
               re.IGNORECASE),
)

# Words that follow a cue but are not an outlet ("Par ailleurs", "Source : Shutterstock/photo").
NOT_AN_OUTLET = frozenset({
    "ailleurs", "exemple", "contre", "conséquent", "consequent", "rapport", "moments", "la suite",
    "défaut", "defaut", "photo", "image", "images", "illustration", "getty images", "shutterstock",
    "istock", "dr", "droits réservés", "la rédaction", "rédaction", "redaction", "notre rédaction",
    "the", "le", "la", "les", "copyright", "tous droits réservés", "all rights reserved",
})

# Words of a photo credit or a stock agency: a name holding one is not the page's outlet
# ("Mikko Palonkorpi / stock.adobe.com", "Deeksha Pahariya auf Unsplash"). Case-folded.
CREDIT_WORDS = ("unsplash", "pixabay", "stock.adobe", "adobe stock", "getty", "shutterstock", "istock",
                "pexels", "wikimedia", "/")

# An outlet name is short; a longer run is a sentence.
MAX_OUTLET_WORDS = 6
MAX_AUTHOR_WORDS = 4

# A masthead repeated in the footer: "Radio Loire Info - 97.4 FM Castelroux", "Actu-Flash 24 - Mentions".
FOOTER_NAME_SEPARATOR = re.compile(r"\s+[-–—|·•]\s+")
FOOTER_LINES = 12  # the footer is among the page's last lines

# Lines in which a site names itself: donation appeals ("Soutenez ThinkerViz à partir de 5 $"),
# follow and subscribe prompts ("Suivez Le Monde sur Instagram", "Abonnez-vous à Mediapart"),
# newsletters ("la newsletter de Ouest-France"). `{name}` is where the name stands.
_SOCIAL = (r"(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|google\s+(?:news|actualités)|"
           r"les\s+réseaux|whatsapp|telegram|bluesky|mastodon|threads|snapchat)")
SELF_NAMING_CUES = (
    r"\b(?i:soutenez|soutenir|financez|aidez|aider)\s+{name}",
    r"\b(?i:faites\s+un\s+don\s+(?:à|a)|faire\s+un\s+don\s+(?:à|a))\s+{name}",
    r"\b(?i:suivez|retrouvez|rejoignez)\s+{name}\s+(?i:sur)\s+(?i:" + _SOCIAL + r")\b",
    r"\b(?i:abonnez-vous|s['’]abonner|inscrivez-vous)\s+(?i:à|a)\s+{name}",
    r"\b(?i:la\s+)?(?i:newsletter|lettre\s+d['’]information)\s+(?i:de|d['’])\s*{name}",
)
# Words a self-naming cue may be followed by that are not the site ("Soutenez-nous", "Suivez
# Facebook"): checked case-folded.
NOT_SELF_NAMES = frozenset({"nous", "notre", "nos", "facebook", "twitter", "instagram", "youtube", "x"})
