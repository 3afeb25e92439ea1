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
    "avancer", "condamner", "décrire", "relater", "confesser", "tonner", "fulminer", "s'étonner",
    "étonner", "railler", "tacler", "interpeller", "riposter", "renchérir", "surenchérir", "abonder",
    "nuancer", "relativiser", "minimiser", "divulguer", "asséner", "assener", "contester", "réfuter",
    "rejeter", "reprocher", "défendre", "justifier", "compléter", "analyser", "décrypter", "remarquer",
    "poster", "titrer", "prévoir", "anticiper", "tabler", "parier", "redouter", "craindre", "douter",
    "revendiquer", "exhorter", "implorer", "s'alarmer", "alarmer", "se demander", "déclamer",
    "s'insurger", "insurger", "s'offusquer", "offusquer", "s'emporter", "emporter", "s'agacer",
    "agacer", "s'amuser", "se féliciter", "remercier", "dénoncer", "pointer", "reconnaitre",
    "scander", "chanter", "entonner", "rigoler", "sourire", "soupirer", "plaisanter", "s'esclaffer",
    "s'enthousiasmer", "enthousiasmer", "s'emballer", "grincer", "grogner", "râler", "pester",
    "maugréer", "s'énerver", "s'exaspérer", "continuer", "terminer", "s'interroger", "interroger",
    "écrire", "lire", "résumer", "philosopher", "sourciller", "témoigner", "relancer", "embrayer",
})
# Nouns after "au" / "aux" that report what a crowd shouts: "manifestaient au cri de « … »".
SHOUT_NOUNS = frozenset({"cri", "cris", "slogan", "slogans", "chant", "chants"})

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

# A verb and the word after it that report speech together: "font état de".
REPORTING_PHRASES_AFTER = frozenset({("faire", "état")})

# Reporting verbs that may introduce an indirect "que" clause.
INDIRECT_VERBS = REPORTING_VERBS - frozenset({
    "lancer", "poursuivre", "reprendre", "publier", "féliciter", "saluer", "qualifier",
    "interroger", "questionner", "parler", "tweeter", "twitter", "enchaîner", "plaider",
})

# "la position selon laquelle …"
RELATIVE_SELON = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})

# Verbs of saying whose infinitive complement is what the subject said ("affirme avoir …").
INFINITIVE_VERBS = frozenset({
    "affirmer", "assurer", "dire", "déclarer", "nier", "reconnaître", "promettre", "jurer",
    "démentir", "prétendre", "admettre", "estimer", "contester", "exclure", "avouer", "certifier",
    "garantir", "soutenir", "espérer", "annoncer", "confirmer", "regretter", "se vanter", "vanter",
    "menacer", "s'engager", "engager", "penser", "croire", "répéter", "souhaiter", "indiquer",
    "préciser", "expliquer", "raconter", "dénoncer", "regretter", "déplorer",
})
# Reflexive verbs of saying whose attribute is what was said ("s'est dit prêt à …").
ATTRIBUTE_VERBS = frozenset({"dire", "déclarer", "montrer", "affirmer", "avouer", "estimer", "juger", "sentir"})
# "s'est demandé si …": an indirect question.
WHETHER_FORMS = frozenset({"si", "s'", "s’"})

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

# Head nouns of phrases that can be a source of speech, besides person and organisation roles:
# people by what they do or where they live, groups, media and documents ("un manifestant",
# "une source policière", "le sondage", "les chiffres du ministère").
SPEAKER_NOUNS = frozenset({
    "manifestant", "manifestante", "source", "proche", "voisin", "voisine", "habitant", "habitante",
    "témoin", "riverain", "riveraine", "passant", "passante", "participant", "participante",
    "policier", "policière", "gendarme", "pompier", "médecin", "enseignant", "enseignante", "élève",
    "étudiant", "étudiante", "salarié", "salariée", "employé", "employée", "ouvrier", "ouvrière",
    "agriculteur", "commerçant", "commerçante", "retraité", "retraitée", "chauffeur", "routier",
    "automobiliste", "citoyen", "citoyenne", "électeur", "électrice", "sondé", "personne", "gens",
    "famille", "mère", "père", "fils", "fille", "ami", "amie", "victime", "suspect", "accusé",
    "prévenu", "interlocuteur", "spécialiste", "observateur", "observatrice", "historien",
    "historienne", "sociologue", "philosophe", "député", "ministre", "opposant", "opposante",
    "majorité", "opposition", "gauche", "droite", "camp", "entourage", "cabinet", "service",
    "autorité", "autorités", "presse", "média", "médias", "journal", "quotidien", "hebdomadaire",
    "magazine", "chaîne", "radio", "site", "télévision", "sondage", "étude", "enquête", "rapport",
    "communiqué", "bilan", "chiffre", "chiffres", "document", "texte", "lettre", "message", "tweet",
    "courrier", "note", "décision", "jugement", "arrêt", "avocat", "avocate", "défense", "accusation",
    "banderole", "pancarte", "slogan", "organisateur", "organisatrice", "collectif", "coordination",
    "fédération", "union", "confédération", "intersyndicale", "institut", "observatoire", "office",
    "agence", "journaliste", "chroniqueur", "chroniqueuse", "éditorialiste", "correspondant",
    "internaute", "utilisateur", "abonné", "fan", "supporter", "syndicat", "syndicaliste", "élu",
})

# Nouns of what carries someone's words or figures ("le témoignage d'une voisine", "le comptage
# réalisé par le cabinet Occurrence", "les informations du Parisien"): their source is the person
# or organisation in their complement, not the document.
DOCUMENT_NOUNS = frozenset({
    "témoignage", "comptage", "décompte", "bilan", "indice", "information", "étude", "communiqué",
    "chiffre", "estimation", "sondage", "rapport", "enquête", "note", "document", "lettre", "message",
    "tweet", "courrier", "déclaration", "texte", "avis", "analyse", "recherche", "statistique",
    "donnée", "révélation", "propos", "publication", "post", "vidéo", "interview", "entretien",
})

# Prepositions that open a complement: a name after them is not the subject or the person a
# role introduces ("a déclaré au Courrier Picard", "le porte-parole de Poutine").
COMPLEMENT_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "par", "pour", "avec", "sur", "dans"})
# Words before "cri(s)" / "slogan(s)" that make them report a shout ("au cri de", "aux cris de").
SHOUT_CUES = frozenset({"au", "aux", "des", "les"})

# Auxiliary lemmas found between a quote and its postposed reporting verb ("», a-t-il dit").
INCISE_AUXILIARIES = frozenset({"avoir", "être"})
# Adverbs allowed before a postposed "selon" ("», toujours selon le Kremlin").
SELON_ADVERBS = frozenset({"toujours", "encore", "notamment", "aussi", "également", "donc"})
