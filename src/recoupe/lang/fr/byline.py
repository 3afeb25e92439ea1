"""French byline vocabulary (data only): publication and update cues, authorship, relative times."""

# "Publié le 8 novembre 2024", "Mis en ligne le ...", "Paru le ..."
PUBLISHED_CUES = (
    r"publi[ée]e?\s+le",
    r"publi[ée]e?\s*:",
    r"publi[ée]e?\s+(?=\d)",
    r"mis\s+en\s+ligne\s+le",
    r"mis\s+en\s+ligne\s*:",
    r"post[ée]e?\s+le",
    r"paru\s+le",
    r"[ée]dit[ée]e?\s+le",
    r"cr[ée][ée]e?\s+le",
    r"date\s+de\s+publication\s*:",
)

# "Mis à jour le 9 novembre 2024 à 10h", "Modifié le ...", "Actualisé le ..."
UPDATED_CUES = (
    r"mis\s+à\s+jour\s+le",
    r"mis\s+à\s+jour\s*:",
    r"mise\s+à\s+jour\s*:",
    r"derni[èe]re\s+mise\s+à\s+jour\s*:?\s*(le)?",
    r"modifi[ée]e?\s+le",
    r"actualis[ée]e?\s+le",
)

# words that join a date and a time: "8 novembre 2024 à 14h05"
TIME_JOINERS = (r"à", r"a", r",", r"-", r"–")


# "il y a 3 heures"
RELATIVE_PREFIX = r"il\s+y\s+a"
RELATIVE_UNITS = {
    "seconde": "seconds", "secondes": "seconds", "s": "seconds",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mn": "minutes",
    "heure": "hours", "heures": "hours", "h": "hours",
    "jour": "days", "jours": "days", "j": "days",
    "semaine": "weeks", "semaines": "weeks",
}
RELATIVE_NUMBERS = {"une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
TODAY_WORDS = ("aujourd'hui", "aujourd’hui")
YESTERDAY_WORDS = ("hier",)

# first words of a very short authorship line: "Par Jean Dupont", "Par la rédaction"
AUTHOR_LINE = (
    r"par\s+(?-i:[A-ZÀ-Ý])",
    r"par\s+(la\s+)?r[ée]daction\b",
    r"propos recueillis par\b",
    r"auteur\s*:",
    r"r[ée]dig[ée] par\b",
)
