"""French time vocabulary for time-expression rules (data only).

Months and weekdays live in :mod:`recoupe.lang.fr.calendar`; this module holds the rest:
numbers in words, duration units, deictic words, seasons, holidays and tense cues.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------- numbers

UNITS_IN_WORDS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16,
}
TENS_IN_WORDS = {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}
BIG_NUMBERS_IN_WORDS = {"cent": 100, "cents": 100, "mille": 1000}
# Number words that cannot stand alone as a count in a time expression ("un jour" = someday).
WEAK_NUMBER_WORDS = frozenset({"un", "une"})
# "une dizaine de jours" → about 10.
APPROXIMATE_NUMBERS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "centaine": 100,
}
# Counts that are not a number: "quelques jours" → PXD.
VAGUE_COUNTS = frozenset({"quelques", "plusieurs", "de nombreuses", "de nombreux", "des"})
HALF_WORDS = frozenset({"demi", "demie"})

# ---------------------------------------------------------------------------- units

# unit word → (TIMEX3 designator, multiplier, is a clock unit (PT...))
DURATION_UNITS = {
    "seconde": ("S", 1, True), "secondes": ("S", 1, True),
    "minute": ("M", 1, True), "minutes": ("M", 1, True), "min": ("M", 1, True),
    "heure": ("H", 1, True), "heures": ("H", 1, True),
    "jour": ("D", 1, False), "jours": ("D", 1, False),
    "journée": ("D", 1, False), "journées": ("D", 1, False),
    "nuit": ("D", 1, False), "nuits": ("D", 1, False),
    "semaine": ("W", 1, False), "semaines": ("W", 1, False),
    "mois": ("M", 1, False),
    "trimestre": ("M", 3, False), "trimestres": ("M", 3, False),
    "semestre": ("M", 6, False), "semestres": ("M", 6, False),
    "an": ("Y", 1, False), "ans": ("Y", 1, False),
    "année": ("Y", 1, False), "années": ("Y", 1, False),
    "décennie": ("Y", 10, False), "décennies": ("Y", 10, False),
    "siècle": ("Y", 100, False), "siècles": ("Y", 100, False),
    "demi-siècle": ("Y", 50, False), "millénaire": ("Y", 1000, False),
}
# Units a vague "des" may count ("des années" but not "des jours de grève").
UNITS_AFTER_DES = frozenset({"années", "mois", "décennies", "siècles", "semaines"})
# Cues that make "N unit" a duration rather than a clock time ("pendant 2 heures").
DURATION_CUES = frozenset({
    "pendant", "durant", "depuis", "en", "sous", "pour", "de", "d'", "des", "environ",
    "plus de", "moins de", "près de", "presque", "au moins", "au bout de", "après",
})
# "N ans" after one of these, or between commas, is an age, not a duration ("un homme de 38 ans").
AGE_CUES = ("de", "d'", "à", "âgé de", "âgée de", "âgés de", "âgées de", "agé de", "agée de")
# After "de N ans", these make it a duration again ("une peine de 2 ans de prison").
AGE_BREAKERS = ("de", "d'", "plus tard", "après", "avant", "auparavant", "plus tôt")
# Modifiers kept inside a duration's span ("plus de vingt ans").
DURATION_MODIFIERS = (
    "environ", "près de", "plus de", "moins de", "presque", "au moins", "au plus",
    "quelque", "un peu plus de", "un peu moins de", "pas moins de", "bien plus de",
)

# ---------------------------------------------------------------------------- relative words

# word → offset in days from the anchor
DEICTIC_DAYS = {
    "aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1,
    "après-demain": 2, "avant hier": -2, "après demain": 2,
    "apres-demain": 2, "apres demain": 2,
}
# Nouns that stand for a fixed duration on their own ("un quinquennat").
TERM_DURATIONS = {"quinquennat": "P5Y", "septennat": "P7Y", "quinquennats": "PXY", "septennats": "PXY"}
# part of day → TIMEX3 suffix
DAY_PARTS = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "midi": "MI", "soir": "EV",
    "soirée": "EV", "nuit": "NI",
}
# "ce matin", "cette nuit", "cet après-midi"
THIS_DAY_PARTS = {
    "ce matin": "MO", "cette matinée": "MO", "cet après-midi": "AF", "ce midi": "MI",
    "ce soir": "EV", "cette soirée": "EV", "cette nuit": "NI",
}
# "la semaine dernière": direction words after a period noun
PAST_WORDS = frozenset({"dernier", "dernière", "derniers", "dernières", "passé", "passée", "précédent", "précédente"})
FUTURE_WORDS = frozenset({"prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante", "à venir"})
THIS_WORDS = frozenset({"ce", "cet", "cette"})
# Period nouns usable with "ce/cette ... (dernier|prochain)": noun → granularity
PERIOD_NOUNS = {
    "semaine": "week", "week-end": "weekend", "mois": "month", "année": "year", "an": "year",
    "trimestre": "quarter", "semestre": "half", "siècle": "century", "décennie": "decade",
}
# Words that refer to the present, the past or the future without a date.
REFERENCE_WORDS = {
    "actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "désormais": "PRESENT_REF",
    "à présent": "PRESENT_REF", "pour l'instant": "PRESENT_REF", "pour le moment": "PRESENT_REF",
    "à l'heure actuelle": "PRESENT_REF", "de nos jours": "PRESENT_REF",
    "auparavant": "PAST_REF", "récemment": "PAST_REF", "autrefois": "PAST_REF",
    "naguère": "PAST_REF", "jadis": "PAST_REF",
    "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF", "à l'avenir": "FUTURE_REF",
    "dorénavant": "FUTURE_REF",
}
# "d'ici la fin de l'année": TimeML marks "ici", the starting point (the reference date). It
# dates no event, so the timeline leaves it out.
STARTING_POINT_WORDS = frozenset({"ici"})
# Relative to the last date of the text, not to the anchor.
NEIGHBOUR_DAYS = {"la veille": -1, "le lendemain": 1, "le surlendemain": 2, "le même jour": 0}

# ---------------------------------------------------------------------------- parts of periods

# "début 2023", "mi-novembre", "fin de l'année": kept in the span, the value keeps the period
PERIOD_PARTS = ("début", "fin", "mi", "milieu", "courant", "mi-", "à la fin de", "au début de")

# ---------------------------------------------------------------------------- seasons, holidays

SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
# Fixed-date holidays → (month, day)
FIXED_HOLIDAYS = {
    "noël": (12, 25), "la toussaint": (11, 1), "toussaint": (11, 1),
    "la saint-sylvestre": (12, 31), "saint-sylvestre": (12, 31),
    "le jour de l'an": (1, 1), "le nouvel an": (1, 1), "nouvel an": (1, 1),
    "la saint-valentin": (2, 14), "saint-valentin": (2, 14),
    "la fête du travail": (5, 1), "l'armistice": (11, 11), "la fête nationale": (7, 14),
    "l'assomption": (8, 15), "la fête de la musique": (6, 21), "halloween": (10, 31),
}
# Holidays tied to Easter → offset in days from Easter Sunday
EASTER_HOLIDAYS = {
    "pâques": 0, "le lundi de pâques": 1, "lundi de pâques": 1, "vendredi saint": -2, "l'ascension": 39, "la pentecôte": 49,
    "le lundi de pentecôte": 50, "le vendredi saint": -2, "mardi gras": -47,
}
# Words that must precede a holiday name that is also a first name ("Noël Mamère").
HOLIDAY_CUES = ("à", "de", "pour", "avant", "après", "depuis", "jusqu'à", "dès", "le jour de", "la veille de", "la fête de")

# ---------------------------------------------------------------------------- sets

SET_UNITS = {
    "jour": "P1D", "jours": "P1D", "semaine": "P1W", "semaines": "P1W", "mois": "P1M",
    "an": "P1Y", "ans": "P1Y", "année": "P1Y", "années": "P1Y", "heure": "PT1H", "heures": "PT1H",
    "matin": "TMO", "matins": "TMO", "soir": "TEV", "soirs": "TEV", "nuit": "TNI", "nuits": "TNI",
    "week-end": "P1WE", "week-ends": "P1WE", "trimestre": "P3M", "trimestres": "P3M",
}
# "par jour", "par an": after a count ("deux fois par an")
PER_UNITS = {
    "jour": "P1D", "semaine": "P1W", "mois": "P1M", "an": "P1Y", "année": "P1Y", "heure": "PT1H",
    "trimestre": "P3M", "semestre": "P6M",
}

# ---------------------------------------------------------------------------- prepositions and cues

# A bare 4-digit number is a year only after one of these ("en 1991", "depuis 2016").
YEAR_CUES = (
    "en", "depuis", "de", "dès", "jusqu'en", "jusqu'à", "avant", "après", "vers", "entre",
    "d'ici", "l'année", "l'an", "année", "fin", "début", "mi", "courant", "printemps", "été",
    "automne", "hiver", "d'", "à partir de", "au début de", "à la fin de", "au cours de",
    "saison", "exercice", "rentrée", "dans les années", "promotion", "cuvée", "millésime",
)
# "mars" and "mai" alone are a month only after one of these.
AMBIGUOUS_MONTHS = frozenset({"mars", "mai"})
MONTH_CUES = (
    "en", "de", "d'", "depuis", "dès", "jusqu'en", "fin", "début", "mi", "courant", "mois de",
    "mois d'", "le mois de", "le mois d'", "au mois de", "au mois d'", "avant", "après",
    "à partir de", "d'ici", "ce", "cet",
)

# ---------------------------------------------------------------------------- tense cues

# Word forms that put a sentence in the future (checked as whole words, lowercase).
FUTURE_AUXILIARIES = frozenset({
    "sera", "seront", "serai", "serons", "aura", "auront", "aurai", "fera", "feront", "ira",
    "iront", "pourra", "pourront", "devra", "devront", "viendra", "viendront", "prévu", "prévue",
    "prévus", "prévues", "doit", "doivent", "devrait", "devraient", "compte", "envisage",
})
# Near future: "va"/"vont" + infinitive.
NEAR_FUTURE_AUXILIARIES = frozenset({"va", "vont", "vais", "allons", "allez"})
# Words ending like a future verb that are not verbs.
NOT_FUTURE_VERBS = frozenset({
    "opéra", "caméra", "extra", "cobra", "sahara", "torah", "vera", "era", "zora", "mira",
    "vrai", "front", "affront", "environs", "terra", "ultra", "contra", "para", "chakra", "mantra", "tundra", "hydra",
    "agora", "sierra", "guerra", "madura", "samsara", "riviera", "bora", "flora",
})
PAST_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "eut", "eurent", "s'est", "s'était", "s'étaient", "fut", "furent"})
# "est"/"sont" + one of these is a passé composé; with other participles it is a passive present.
BEING_AUXILIARIES = frozenset({"est", "sont"})
BEING_PARTICIPLES = frozenset({
    "arrivé", "arrivée", "arrivés", "arrivées", "venu", "venue", "venus", "venues", "parti", "partie",
    "partis", "parties", "mort", "morte", "morts", "né", "née", "nés", "allé", "allée", "allés",
    "tombé", "tombée", "tombés", "resté", "restée", "restés", "devenu", "devenue", "devenus",
    "décédé", "décédée", "entré", "entrée", "entrés", "sorti", "sortie", "sortis", "rentré",
    "rentrée", "revenu", "revenue", "revenus", "passé", "passée", "passés", "intervenu", "survenu",
    "survenue", "descendu", "monté", "montée", "retourné", "retournée",
})
# Words just before a day-month date that point to a deadline ahead ("d'ici le 30 juin").
DEADLINE_CUES = ("jusqu'au", "d'ici le", "d'ici au", "d'ici", "à partir du", "dès le", "avant le")

# ---------------------------------------------------------------------------- false-positive guards

MONTH_ABBREVIATIONS = frozenset({"janv", "févr", "fév", "fev", "avr", "juil", "sept", "oct", "nov", "déc", "dec"})
# A 4-digit number followed by one of these is a quantity, not a year ("2000 euros").
NOT_YEAR_FOLLOWERS = (
    "%", "€", "$", "euros", "euro", "dollars", "francs", "habitants", "personnes", "mètres", "m",
    "km", "kilomètres", "tonnes", "voix", "morts", "victimes", "électeurs", "emplois", "salariés",
    "points", "exemplaires", "logements", "hectares", "kg", "litres", "signatures", "manifestants",
)
# Words before a clock time ("à 14 heures"); without one, "N heures" is a duration.
TIME_CUES = ("à", "vers", "dès", "jusqu'à", "avant", "après", "entre", "et", "de", "depuis", "pour", "ce", "jusqu'aux")
# Words before "N h" that make it a duration ("pendant 48 h").
CLOCK_DURATION_CUES = ("pendant", "durant", "en", "sous", "plus de", "moins de", "près de", "environ", "dans", "pour")
