"""French stopwords and clustering vocabulary (data only)."""

from spacy.lang.fr.stop_words import STOP_WORDS as SPACY_STOP_WORDS

# Frequent news words that say nothing about what a story is about.
NEWS_FILLER_WORDS = frozenset({
    "selon", "ainsi", "alors", "aussi", "encore", "déjà", "toujours", "jamais", "très",
    "plus", "moins", "cette", "cet", "ces", "tout", "tous", "toute", "toutes", "faire", "fait",
    "dit", "dire", "affirme", "déclaré", "explique", "ajoute", "indique", "précise", "estime",
    "selon", "lors", "après", "avant", "depuis", "pendant", "entre", "contre", "sans", "sous",
    "notamment", "également", "cependant", "toutefois", "pourtant", "afin", "an", "ans", "année",
    "années", "jour", "jours", "mois", "semaine", "semaines", "heure", "heures", "hier",
    "aujourd'hui", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "photo", "vidéo", "article", "lire", "aussi", "abonnés", "publié", "mis",
    "jour", "partager", "commentaire", "commentaires",
})

# Words kept out of story term vectors: function words plus news filler.
STOP_WORDS = frozenset(word.lower() for word in SPACY_STOP_WORDS) | NEWS_FILLER_WORDS

# Elided articles and pronouns glued to the next word ("l'élection" -> "élection").
ELISION_PREFIXES = ("l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'",
                    "puisqu'", "quoiqu'")

# Snowball stemmer language name used for story terms.
STEMMER_LANGUAGE = "french"
