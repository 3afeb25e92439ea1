"""French vocabulary for the dossier: summary, timeline, quote table and cross-source checks (data only)."""

import re

# --------------------------------------------------------------------------- tokens and sentences

STOPWORDS = frozenset("""
a à afin ai aie aient aies ait alors as au aucun aucune aujourd aupres auprès aura aurai auraient
aurais aurait auras aurez auriez aurions aurons auront aussi autre autres aux avaient avais avait
avant avec avez aviez avions avoir avons ayant ayez ayons c ça car ce ceci cela celle celles celui
cependant certains ces cet cette ceux chacun chaque chez ci comme comment contre d dans de depuis
des deux devant doit donc dont du durant elle elles en encore entre es est et étaient étais était
etait étant été etre être eu eue eues eûmes eurent eus eusse eut eux fait faire fois font furent
fus fut gr hors i ici il ils j jamais je jusqu jusque l la là le les leur leurs lors lorsque lui m
ma mais me même mêmes mes moi moins mon n ne ni non nos notre nous on ont ou où par parce pas
peu peut peuvent plus plusieurs pour pourquoi pourrait près puis qu quand que quel quelle quelles
quels qui quoi s sa sans se selon sera serai seraient serait seront ses si sien son sont sous
soyez soit suis sur t ta tandis tant te tes toi ton tous tout toute toutes très tu un une unes
uns va vers via vos votre vous vu y ont-ils est-ce cet celle-ci celui-ci ceux-ci
""".split())

ABBREVIATIONS = frozenset({
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "etc", "cf", "av",
    "apr", "j.-c", "n°", "no", "p", "pp", "vol", "éd", "ed", "chap", "fig", "env", "max", "min",
    "gén", "col", "cdt", "lt", "sgt", "boul", "bd", "ave", "tél", "art", "al",
})

# Sentences that look like page furniture rather than reporting.
BOILERPLATE_CUES = (
    "cookie", "abonnez", "abonnement", "newsletter", "inscrivez", "cliquez", "partager",
    "commentaire", "captcha", "lire aussi", "à lire", "publicité", "tous droits réservés",
    "suivez-nous", "consulter aussi", "soutenez", "votre navigateur", "javascript",
    "mot de passe", "se connecter", "crédit photo", "©",
)

# A finite verb (auxiliaries, modals, frequent verbs, imperfect and future endings): a sentence
# without one, alone in its paragraph, is a photo caption or a heading, not reporting.
FINITE_VERB_PATTERN = re.compile(
    r"\b(?:est|sont|a|ont|était|étaient|avait|avaient|sera|seront|serait|seraient|aurait|auraient|"
    r"fut|furent|va|vont|peut|peuvent|doit|doivent|fait|font|dit|disent|estime|affirme|déclare|"
    r"annonce|indique|explique|reste|restent|semble|semblent)\b|\b\w{3,}(?:ait|aient|èrent|eront)\b",
    re.IGNORECASE,
)

# Sentence openings that point back to an earlier sentence: weak on their own in a summary.
ANAPHORIC_OPENERS = (
    "il ", "elle ", "ils ", "elles ", "ce ", "cet ", "cette ", "ces ", "cela ", "ceci ", "celui",
    "celle", "de son côté", "de leur côté", "en effet", "cependant", "toutefois", "pourtant",
    "par ailleurs", "en outre", "mais ", "et ", "depuis,", "lui ", "leur ",
)

# Lines in a page that carry its own publication date (byline), not an event date.
BYLINE_CUES = ("publié", "mis à jour", "modifié le", "actualisé", "mise à jour", "par la rédaction")

# --------------------------------------------------------------------------- figures

NUMBER_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
}

MULTIPLIERS = {
    "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "md": 1e9, "mds": 1e9, "m": 1e6,
}

# Words that make a figure approximate: "environ 70", "près de 300", "plus de 20".
APPROXIMATION_CUES = (
    "environ", "près de", "presque", "quelque", "quelques", "plus de", "moins de", "au moins",
    "au moins", "jusqu'à", "jusqu’à", "autour de", "quasiment", "approximativement", "une centaine",
    "plus d'", "plus d’", "moins d'", "moins d’", "pas moins de", "un peu plus de", "un peu moins de",
)

# Cues that make a figure a bound rather than a count ("plus de 400 blessés" agrees with 409),
# longest first: "pas moins de" is a lower bound although it holds "moins de".
LOWER_BOUND_CUES = ("pas moins de", "un peu plus de", "plus de", "plus d'", "plus d’", "au moins", "au-delà de")
UPPER_BOUND_CUES = ("un peu moins de", "moins de", "moins d'", "moins d’", "jusqu'à", "jusqu’à", "au plus")

# Adjectives that may sit between a number and its head noun ("295 grands électeurs").
PRE_NOUN_ADJECTIVES = frozenset({
    "grands", "grandes", "petits", "petites", "nouveaux", "nouvelles", "premiers", "premières",
    "derniers", "dernières", "autres", "anciens", "anciennes", "jeunes", "vrais", "gros", "bons",
    "seuls", "seules", "principaux", "principales", "hauts", "hautes", "millions", "milliards",
    "million", "milliard", "mille", "de", "d", "d'", "d’",
})

# Head words after a number that are not a counted quantity (times, ranks, dates).
NON_QUANTITY_HEADS = frozenset({
    "heure", "heures", "h", "minute", "minutes", "seconde", "secondes", "an", "ans", "année",
    "années", "jour", "jours", "mois", "semaine", "semaines", "siècle", "siècles", "fois", "fin",
    "début", "er", "e", "ème", "è", "et", "à", "au", "aux", "ou", "sur", "en", "le", "la", "les",
    "des", "du", "pour", "par", "avec", "dans", "contre", "selon", "entre", "soit", "environ",
    "depuis", "dont", "après", "avant", "sans", "chez", "vers",
}) | frozenset(
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
    "décembre decembre".split()
)

UNITS = {
    "%": "%", "pour cent": "%", "pourcent": "%", "€": "€", "euros": "€", "euro": "€",
    "dollars": "$", "dollar": "$", "$": "$", "km": "km", "kilomètres": "km", "tonnes": "t",
    "habitants": "habitant", "voix": "voix",
}

# --------------------------------------------------------------------------- statements

# Verbs and nouns naming a direct contact between people (a call, a talk, a meeting).
CONTACT_VERB_STEMS = (
    "parl", "téléphon", "telephon", "entretenu", "entretenus", "appel", "rencontr", "convers",
    "discut", "échang",
)
CONTACT_NOUNS = (
    "entretien téléphonique", "appel téléphonique", "conversation téléphonique",
    "échange téléphonique", "entretien", "rencontre", "appel",
)

# "Not yet / never": the event has not happened.
NOT_YET_PATTERN = re.compile(
    r"\b(?:n['’]\s*(?:a|avait|ont|avaient|aurait)|ne\s+(?:s['’]est|se sont|l['’]a))\s+"
    r"(?:pas encore|toujours pas|jamais)\b|\bpas encore eu\b|\bjamais eu\b|\baucun contact\b",
    re.IGNORECASE,
)

# An event reported as accomplished: auxiliary + past participle of a contact verb.
ACCOMPLISHED_CONTACT_PATTERN = re.compile(
    r"\b(?:a|ont|avait|avaient|se sont|s['’]est|s['’]étaient|se seraient|ont eu|a eu)\s+"
    r"(?:\w+\s+){0,2}?(?:parlé|téléphoné|téléphonés|entretenus?|appelé|rencontrés?|discuté|"
    r"échangé)\b|\b(?:cet|leur|un|l['’])\s*(?:entretien|appel|échange) téléphonique\b",
    re.IGNORECASE,
)

# Modal or future cues that make a contact hypothetical, not a claim of fact.
HYPOTHETICAL_CUES = (
    "pourrait", "pourraient", "allons", "va ", "vont", "envisage", "prêt à", "prête à",
    "possibilité", "souhait", "espère", "si ", "devrait", "devraient", "n'exclu", "n’exclu",
)

# Role nouns that name an office or function, in their masculine singular form.
ROLE_NOUNS = {
    "président": "président", "présidente": "président", "candidat": "candidat",
    "candidate": "candidat", "premier ministre": "premier ministre",
    "première ministre": "premier ministre", "ministre": "ministre", "porte-parole": "porte-parole",
    "secrétaire général": "secrétaire général", "secrétaire générale": "secrétaire général",
    "chancelier": "chancelier", "chancelière": "chancelier", "chef": "chef", "dirigeant": "dirigeant",
    "dirigeante": "dirigeant", "maire": "maire", "gouverneur": "gouverneur", "sénateur": "sénateur",
    "sénatrice": "sénateur", "directeur": "directeur", "directrice": "directeur", "roi": "roi",
    "reine": "roi", "pape": "pape", "préfet": "préfet", "préfète": "préfet",
    "sous-préfet": "sous-préfet", "sous-préfète": "sous-préfet", "procureur": "procureur",
    "procureure": "procureur", "député": "député", "députée": "député",
}

# "le préfet de la Loire-Moyenne, X": a role noun, a named place or body, then the name.
ROLE_OF_PLACE_PATTERN = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Aa]u|[Dd]u)\s*(?P<role>[a-zéèêàç-]+)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)"
    r"(?P<place>[A-ZÉÈÎ][\w'’-]*(?:[\s-]+(?:de\s+|du\s+|d['’])?[A-ZÉÈÎ][\w'’-]*){0,3})\s*,?\s*$"
)

# Determiners that open a role apposition ("la candidate démocrate X"); elided forms without '.
ROLE_DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une", "son", "sa", "leur", "au", "aux"})

# Modifiers that make a role time-bound, so two holders are not a contradiction.
ROLE_TIME_MODIFIERS = frozenset({
    "élu", "élue", "sortant", "sortante", "actuel", "actuelle", "futur", "future", "ancien",
    "ancienne", "ex", "nouveau", "nouvelle", "précédent", "précédente", "prochain", "prochaine",
    "défunt", "défunte", "feu", "intérimaire", "désigné", "désignée", "adjoint", "adjointe",
})

# --------------------------------------------------------------------------- out-of-time

# "élu 45e président": an ordinal office, naming one specific term.
ORDINAL_OFFICE_PATTERN = re.compile(
    r"\b(?P<verb>réélue?|élue?)\s+(?:comme\s+)?(?:le\s+|la\s+)?(?P<ordinal>\d{1,3})\s*(?:e|è|ème|eme|er|re)\s+"
    r"(?P<office>président(?:e)?|premier ministre|chancelier|chancelière|pape|gouverneur|maire)\b",
    re.IGNORECASE,
)
# "réélu", "second mandat": a repeated term for the same person.
REELECTION_PATTERN = re.compile(
    r"\bréélue?\b|\b(?:second|deuxième|troisième|nouveau) mandat\b", re.IGNORECASE
)

# "ce jeudi 14 mars": a weekday with a day and month but no year.
WEEKDAY_DATE_PATTERN = re.compile(
    r"\b(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?P<day>1er|[12]?\d|3[01])\s+"
    r"(?P<month>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre)\b(?!\s+\d{4})",
    re.IGNORECASE,
)
WEEKDAY_YEARS_BACK = 30  # how far back to look for a year where the weekday fits

# An explicit year in running text (not inside a larger number).
YEAR_PATTERN = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")

# --------------------------------------------------------------------------- figures: context

# Number words that combine into compounds ("vingt-huit", "quatre-vingt-dix", "deux cents").
NUMBER_WORD_UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60,
}
NUMBER_WORD_SCALES = {"cent": 100, "cents": 100, "mille": 1000}
# Words that may open a compound but never stand alone as a figure ("un train", "une usine").
NUMBER_WORDS_NOT_ALONE = frozenset({"un", "une", "zéro"})

# "une quarantaine de personnes": an approximate count written as a noun.
APPROXIMATE_COUNT_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}

# Words that make a number a rate of some period ("150 000 euros par jour").
RATE_PATTERN = re.compile(r"^\s*(?:par|chaque|/)\s*(jour|semaine|mois|an|année|heure|habitant|personne)s?\b",
                          re.IGNORECASE)

# A number that is the part of a whole written next ("douze journées sur quarante-huit",
# "23 postes sont vacants sur les 210"): the two are not two measures of one thing.
PART_OF_WORDS = frozenset({"sur", "parmi"})
PART_OF_DETERMINERS = frozenset({"les", "des", "ses", "leurs", "nos", "vos"})
PART_OF_MAX_WORDS = 7  # words between a part and "sur" + its whole
WHOLE_PREFIX_PATTERN = re.compile(r"\b(?:sur|parmi)\s+(?:les\s+|des\s+|ses\s+|leurs\s+)?$", re.IGNORECASE)
# Ranges: "entre 20 et 30", "de 20 à 30", "20 à 30", "20-30".
RANGE_PREFIX_PATTERN = re.compile(r"\bentre\s+$|\d\s*(?:à|et|ou|-|–)\s*$", re.IGNORECASE)
RANGE_SUFFIX_PATTERN = re.compile(r"^\s*(?:à|et|ou|-|–)\s*\d", re.IGNORECASE)

# Light verbs and counting nouns carry no event of their own: two figures sharing only these are
# not the same measure.
LIGHT_PREDICATES = frozenset({
    "chiffre", "nombre", "total", "bilan", "moyenne", "taux", "part", "niveau", "montant",
    "somme", "hauteur", "ordre", "environ", "quelque",
    "être", "avoir", "pouvoir", "devoir", "faire", "aller", "venir", "falloir", "sembler",
    "rester", "vouloir", "savoir", "passer", "permettre", "compter", "concerner", "atteindre",
})

# Verbs that attribute a figure to someone ("la direction avance 23 %"): a claim, not an event.
CLAIM_VERBS = frozenset({
    "avancer", "évoquer", "affirmer", "revendiquer", "annoncer", "estimer", "recenser", "chiffrer",
    "dénombrer", "assurer", "déclarer", "indiquer", "dire", "préciser", "compter", "faire état",
    "selon", "communiquer", "donner", "citer", "parler", "expliquer", "souligner", "confirmer",
})

# Present forms of claim verbs that the tagger may read as nouns ("la CFC avance 23 %").
CLAIM_VERB_FORMS = frozenset({
    "avance", "avancent", "évoque", "évoquent", "affirme", "affirment", "revendique", "revendiquent",
    "annonce", "annoncent", "estime", "estiment", "recense", "recensent", "chiffre", "chiffrent",
    "compte", "comptent", "assure", "assurent", "dénombre", "dénombrent",
})

# Event verbs with the same meaning for a count ("remporter" / "obtenir" 295 grands électeurs).
PREDICATE_SYNONYMS = {
    "remporter": "obtenir", "gagner": "obtenir", "totaliser": "obtenir", "récolter": "obtenir",
    "recueillir": "obtenir", "décrocher": "obtenir", "rafler": "obtenir",
    "reloger": "évacuer", "mourir": "tuer", "décéder": "tuer", "périr": "tuer",
    "succomber": "tuer", "manifester": "défiler", "rassembler": "réunir",
}

# Attributions without a verb that open a sentence or a clause: "selon X", "d'après X".
ATTRIBUTION_PATTERN = re.compile(
    r"(?:^|,\s*)(?:selon|d['’]après)\s+(?P<claimant>(?:l['’]|la |le |les |leur |son |sa )?[^,.;:«»]{2,80}?)\s*(?:,|\.|$)",
    re.IGNORECASE,
)
