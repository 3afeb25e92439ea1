"""French quotation data: quote marks, reporting verbs, "selon" forms, pronouns, role nouns (data only)."""

# Opening mark -> closing marks it pairs with. Straight double quotes pair with themselves.
QUOTE_PAIRS: dict[str, tuple[str, ...]] = {
    "«": ("»",),
    "“": ("”", "“"),
    "„": ("“", "”"),
    "‹": ("›",),
    '"': ('"',),
}

# Lemmas of verbs that introduce reported speech (direct, postposed incise, or "que" clause).
REPORTING_VERBS = frozenset({
    "déclarer", "affirmer", "dire", "estimer", "expliquer", "ajouter", "souligner", "assurer",
    "indiquer", "annoncer", "confier", "lancer", "préciser", "répondre", "rappeler",
    "reconnaître", "admettre", "constater", "marteler", "insister", "juger", "prévenir",
    "avertir", "dénoncer", "regretter", "promettre", "confirmer", "répéter", "poursuivre",
    "conclure", "exclamer", "écrire", "raconter", "commenter", "déplorer", "observer",
    "noter", "relever", "signaler", "soutenir", "prétendre", "démentir", "nier", "reprendre",
    "résumer", "témoigner", "avouer", "concéder", "certifier", "garantir", "jurer",
    "interroger", "demander", "questionner", "s'interroger", "lâcher", "glisser", "ironiser",
    "s'indigner", "indigner", "tweeter", "twitter", "publier", "clamer", "proclamer",
    "réagir", "plaider", "accuser", "qualifier", "s'engager", "engager", "exprimer",
    "évoquer", "mentionner", "préconiser", "réclamer", "exiger", "menacer", "fustiger",
    "critiquer", "saluer", "féliciter", "se réjouir", "réjouir", "s'inquiéter", "inquiéter",
    "alerter", "déclamer", "murmurer", "crier", "hurler", "souffler", "trancher", "tempêter",
    "rétorquer", "répliquer", "objecter", "enchaîner", "détailler", "argumenter", "arguer",
    "considérer", "penser", "croire", "parler", "communiquer", "informer", "rapporter",
    "révéler", "dévoiler", "prédire", "pronostiquer", "supposer", "espérer", "souhaiter",
    "réitérer", "protester", "s'exclamer", "claironner",
})

# Present-tense forms of reporting verbs that the tagger may read as nouns or adjectives in an
# incise ("», estime Carole R."): accepted there only.
REPORTING_FORMS = frozenset({
    "estime", "juge", "note", "constate", "observe", "explique", "affirme", "souligne", "assure",
    "ajoute", "précise", "indique", "confie", "lance", "rappelle", "dénonce", "regrette", "confirme",
    "conclut", "insiste", "martèle", "poursuit", "répond", "reconnaît", "admet", "avertit", "prévient",
    "déplore", "plaide", "tranche", "témoigne", "raconte", "commente", "relève", "résume", "glisse",
})

# Two-verb reporting phrases (lemma pairs): "laisser entendre", "faire savoir".
REPORTING_PHRASES = frozenset({
    ("laisser", "entendre"), ("faire", "savoir"), ("faire", "valoir"), ("faire", "remarquer"),
    ("faire", "observer"), ("tenir", "préciser"), ("tenir", "souligner"),
})

# Reporting verbs that may introduce an indirect "que" clause.
INDIRECT_VERBS = REPORTING_VERBS - frozenset({
    "lancer", "poursuivre", "reprendre", "publier", "féliciter", "saluer", "qualifier",
    "interroger", "questionner", "parler", "tweeter", "twitter", "enchaîner", "plaider",
})

# Source attributions without a verb: "selon X", "d'après X".
SELON_FORMS = ("selon", "d'après", "d’après", "aux dires de", "de source")
SELON_FIRST_WORDS = frozenset({"selon", "d'", "d’", "après", "d'après", "d’après"})

# Complementiser forms after a reporting verb.
QUE_FORMS = frozenset({"que", "qu'", "qu’"})

# Subject pronouns and their person/number: resolved to a preceding entity.
PRONOUNS_SINGULAR = frozenset({"il", "elle", "lui", "celui-ci", "celle-ci", "-il", "-elle"})
PRONOUNS_PLURAL = frozenset({"ils", "elles", "eux", "-ils", "-elles"})
INVERTED_PRONOUNS = frozenset({"-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle"})
EUPHONIC_T = frozenset({"-t", "-t-"})
# Pronouns that never name a third party speaker.
NON_SPEAKER_PRONOUNS = frozenset({"je", "j'", "j’", "nous", "vous", "tu", "on", "-on", "ce", "c'", "c’", "cela", "ça"})

# Head nouns of a noun phrase that designates a person by role ("le président russe").
PERSON_ROLE_NOUNS = frozenset({
    "président", "présidente", "chef", "ministre", "premier", "première", "porte-parole",
    "dirigeant", "dirigeante", "leader", "secrétaire", "chancelier", "chancelière",
    "candidat", "candidate", "maire", "député", "députée", "sénateur", "sénatrice", "patron",
    "patronne", "directeur", "directrice", "avocat", "avocate", "procureur", "procureure",
    "responsable", "représentant", "représentante", "homme", "femme", "milliardaire",
    "républicain", "démocrate", "souverain", "monarque", "roi", "reine", "pape", "général",
    "commissaire", "ambassadeur", "ambassadrice", "diplomate", "conseiller", "conseillère",
    "élu", "élue", "fondateur", "fondatrice", "gouverneur", "préfet", "préfète", "juge",
    "magistrat", "syndicaliste", "militant", "militante", "manifestant", "manifestante",
    "entraîneur", "sélectionneur", "joueur", "joueuse", "auteur", "autrice", "écrivain",
    "chercheur", "chercheuse", "économiste", "politologue", "expert", "experte", "analyste",
    "tycoon", "homologue", "successeur", "prédécesseur", "vice-président", "vice-présidente",
    "porte-voix", "otage", "ex-otage", "guérillero", "commandant", "colonel", "capitaine",
})

# Head nouns that designate an organisation speaking ("la présidence russe", "le gouvernement").
ORG_ROLE_NOUNS = frozenset({
    "présidence", "gouvernement", "ministère", "administration", "kremlin", "élysée",
    "préfecture", "parquet", "police", "gendarmerie", "armée", "état-major", "parti",
    "syndicat", "mouvement", "collectif", "association", "entreprise", "groupe", "direction",
    "équipe", "mairie", "commission", "conseil", "tribunal", "cour", "agence", "porte-parolat",
})

# Auxiliary lemmas found between a quote and its postposed reporting verb ("», a-t-il dit").
INCISE_AUXILIARIES = frozenset({"avoir", "être"})
# Adverbs allowed before a postposed "selon" ("», toujours selon le Kremlin").
SELON_ADVERBS = frozenset({"toujours", "encore", "notamment", "aussi", "également", "donc"})
