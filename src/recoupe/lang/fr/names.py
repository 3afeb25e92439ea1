"""French name data: honorifics, titles, determiners and spans that are never entities (data only)."""

# Honorifics written before a name; stripped from entity names ("M. Macron" -> "Macron").
HONORIFICS = frozenset({
    "m.", "mm.", "mme", "mme.", "mmes", "mlle", "mlles", "me", "mgr", "dr", "dr.", "pr", "pr.",
    "monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "sir", "lady", "maître",
    "docteur", "professeur", "saint", "sainte",
})

# Words that may stand before a person's name without being part of it ("Commissaire Neyret",
# "Lieutenant-colonel Beltrame", "Président Macron"), folded as names are compared (no accents,
# lower case); "Saint" and "Sainte" start names.
PERSON_TITLES = (HONORIFICS - {"saint", "sainte"}) | frozenset({
    "president", "presidente", "ministre", "general", "colonel", "lieutenant", "commandant",
    "capitaine", "commissaire", "juge", "maire", "depute", "deputee", "senateur", "senatrice",
    "prefet", "prefete", "procureur", "procureure", "cardinal", "pape", "roi", "reine", "prince",
    "princesse", "eveque", "abbe", "pere", "soeur", "frere", "chef", "conseil", "conseiller",
    "conseillere", "entraineur", "selectionneur", "ambassadeur", "ambassadrice", "gouverneur",
})

# Honorifics that tell a person's gender.
MASCULINE_HONORIFICS = frozenset({"m.", "mm.", "monsieur", "messieurs"})
FEMININE_HONORIFICS = frozenset({"mme", "mme.", "mmes", "mlle", "madame", "mademoiselle", "mesdames"})

# Determiners and elided forms that may lead an entity span ("le Kremlin", "l'Élysée").
DETERMINERS = frozenset({
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux",
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
})

# Lowercase particles allowed inside a name ("Charles de Gaulle", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({
    "de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "ter", "da", "di",
    "del", "della", "dos", "das", "do", "bin", "ben", "ibn", "al", "el", "y", "et", "sur", "en",
    "à", "l'", "l’", "les", "pour", "contre", "of", "the", "and", "for",
})

# Words that, once lowercased, are never a named entity on their own (page furniture, generic nouns
# that the French model tags, capitalised sentence openers).
STOP_ENTITIES = frozenset({
    "état", "etat", "états", "image", "images", "photo", "photos", "vidéo", "video", "partager",
    "accueil", "tag", "tags", "source", "sources", "commentaires", "commentaire", "publicité",
    "newsletter", "lire aussi", "voir aussi", "à lire aussi", "consulter aussi", "abonnez-vous",
    "menu", "recherche", "connexion", "suivez-nous", "merci", "captcha", "cookies", "close",
    "diplomatie", "politique", "société", "monde", "international", "économie", "sport", "sports",
    "culture", "france info", "direct", "live", "exclusif", "info", "infos", "actualité",
    "actualités", "dieu merci", "selon", "mais", "alors", "ainsi", "depuis", "pourtant",
    "cependant", "toutefois", "enfin", "aujourd'hui", "hier", "demain",
})

# Places used as the voice of an institution ("le Kremlin a annoncé"): tagged LOC, they are ORG.
INSTITUTION_NAMES = frozenset({
    "kremlin", "maison blanche", "maison-blanche", "élysée", "elysée", "elysee", "matignon",
    "pentagone", "quai d'orsay", "quai d’orsay", "bercy", "downing street", "beauvau",
    "place beauvau", "vatican", "saint-siège", "bundestag", "knesset", "congrès", "sénat",
    "assemblée nationale", "parlement européen", "conseil d'état", "conseil d’état",
    "conseil constitutionnel", "commission européenne", "otan", "onu", "nations unies",
})

# Trailing words spaCy sometimes glues to a person name ("Trump a", "Poutine lors").
NAME_TRAILING_NOISE = frozenset({"a", "et", "ou", "lors", "qui", "que", "dont", "est"})

# Characters that separate a title from the name in one NER span ("ministre, Gérald Darmanin").
SPAN_SEPARATORS = (",", "(", ")", ":", ";", "–", "—", "|", "\n")

# Spellings of one foreign name in French and English transliteration ("Poutine" / "Putin",
# "Zelensky" / "Zelenski"), reduced to one key: applied in order to a folded word.
TRANSLITERATION_RULES = (
    ("tch", "ch"), ("sch", "sh"), ("ch", "sh"), ("kh", "h"), ("dj", "j"), ("ou", "u"),
    ("y", "i"), ("w", "v"), ("ck", "k"), ("ph", "f"),
)
