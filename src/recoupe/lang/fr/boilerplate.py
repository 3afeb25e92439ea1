"""French boilerplate cues of web pages (data only): regular-expression fragments by category.

`*_LINE` fragments must match at the start of a short line; `*_ANYWHERE` fragments may match
inside a longer block (consent banners, comment forms). Fragments are lowercase: they run on
lowercased text.
`*_KEYWORDS`: every `*_ANYWHERE` match contains one of them (lowercase); a cheap pre-check
that keeps the cleaner fast.
"""

SHARE_LINE = (
    r"partager(\s+(sur|cet? article|l'article|par))?\b",
    r"partagez\b",
    r"suivez[- ]nous\b",
    r"suivre\s+(sur|@)",
    r"retrouvez[- ]nous sur\b",
    r"rejoignez[- ]nous sur\b",
    r"imprimer(\s+l'article)?$",
    r"envoyer (par (e-?)?mail|à un ami|l'article)\b",
    r"copier le lien\b",
    r"lien copié\b",
    r"tweeter$",
)

TAG_LINE = (
    r"(tags?|mots[- ]cl[ée]s|[ée]tiquettes?|th[èe]mes?|sujets?)\s*:",
    r"#\w+(\s+#\w+)+",
)

COMMENT_LINE = (
    r"(laisser|laissez|[ée]crire|ajouter|poster|publier|r[ée]diger) (un|votre) commentaire\b",
    r"commentaires?\s*(\(\d+\))?\s*:?$",
    r"\d+\s+commentaires?$",
    r"aucun commentaire\b",
    r"r[ée]agir(\s+à\s+(cet|l')\s*article)?$",
    r"r[ée]pondre$",
    r"signaler( un abus| ce commentaire)?$",
    r"soyez le premier à (commenter|r[ée]agir)\b",
    r"connectez[- ]vous pour (commenter|r[ée]agir)\b",
    r"vos (r[ée]actions|commentaires)$",
    r".{1,60}\b(le|à)\b.{3,40}\b(a dit|a [ée]crit|dit|[ée]crit)\s*:?$",  # "Marie le 3 mai 2024 à 10h a dit :"
    r"\d+\s+(r[ée]ponses?|r[ée]actions?)\s+(à|sur)\b",
)

COMMENT_ANYWHERE = (
    r"entrez votre (commentaire|nom|adresse)",
    r"votre adresse (e-?mail|de messagerie|[ée]lectronique) ne sera pas publi[ée]e",
    r"les champs obligatoires sont indiqu[ée]s",
    r"enregistrer mon nom, mon e-?mail",
    r"connectez[- ]vous pour (commenter|r[ée]agir|laisser un commentaire)",
)
COMMENT_KEYWORDS = ("entrez votre", "ne sera pas publi", "champs obligatoires", "enregistrer mon nom",
                    "connectez")

CAPTCHA_ANYWHERE = (
    r"captcha",
    r"je ne suis pas un robot",
)
CAPTCHA_KEYWORDS = ("captcha", "robot")

COOKIE_ANYWHERE = (
    r"(ce|notre) site (web |internet )?utilise (des|les) (cookies|traceurs)",
    r"utilisons des (cookies|traceurs)",
    r"(accepter|accepte[zr]?|refuser|g[ée]rer|param[ée]trer|param[èe]tres des) (les |tous les )?(cookies|traceurs)",
    r"vous consentez à (leur|l'utilisation)",
    r"consentement (aux|des) cookies",
    r"tout (accepter|refuser)$",
    r"continuer sans accepter",
    r"politique (de confidentialit[ée]|relative aux cookies|cookies)$",
    r"nos partenaires (et nous )?(utilisons|stockons|traitons)",
)
COOKIE_KEYWORDS = ("cookie", "traceur", "consent", "accept", "refuser", "politique", "partenaires")

DONATION_LINE = (
    r"soutenez\b",
    r"faites? un don\b",
    r"faire un don\b",
    r"soutenir (notre|la|le|les) (r[ée]daction|journalisme|m[ée]dia|site|travail|information)",
)

DONATION_ANYWHERE = (
    r"^(soutenez|soutenir|faites un don|faire un don|aidez[- ]nous)\b.{0,120}"
    r"(à partir de|don\b|contribution|abonnement|mission|ind[ée]pendan)",
    r"(votre|un) don\b.{0,120}\b(d[ée]ductible|mission|ind[ée]pendance)",
    r"\bun don de \d+\s*(€|euros?)\b",
    r"\bvit grâce à (ses|nos|vos) (lect|abonn|donat)",
    r"\bmerci (de|pour) votre soutien\b",
)
DONATION_KEYWORDS = ("soutenez", "soutenir", "don", "aidez", "soutien", "grâce à")

NEWSLETTER_LINE = (
    r"(inscrivez|abonnez)[- ]vous\b",
    r"s'(inscrire|abonner)\b",
    r"(recevez|recevoir) (gratuitement |chaque |tous les |notre |nos |l'essentiel)",
    r"d[ée]jà abonn[ée]",
    r"(article |contenu )?r[ée]serv[ée] aux abonn[ée]s",
    r"(se connecter|connexion|mon compte|cr[ée]er un compte|mot de passe oubli[ée])$",
    r"(la |notre |nos )?(newsletters?|lettres? d'information)\b",
    r"je m'inscris$",
    r"votre (adresse )?e-?mail\s*\*?$",
)

NEWSLETTER_ANYWHERE = (
    r"^en vous inscrivant,? vous acceptez",
)
NEWSLETTER_KEYWORDS = ("en vous inscrivant",)

# "Lire aussi : <headline of another article>" inside the body: the headline can be long
READ_ALSO_ANYWHERE = (
    r"^(à )?(lire|voir|relire|consulter|d[ée]couvrir) (aussi|[ée]galement|notre (article|dossier|enqu[êe]te))\s*[:>]",
    r"^sur le m[êe]me (sujet|th[èe]me)\s*:",
)
READ_ALSO_KEYWORDS = ("lire", "voir", "consulter", "couvrir", "sujet", "thème", "theme")

# a station or paper advertising its own programmes: "Écoutez le reportage ... dans le journal de 18 heures"
PROMO_ANYWHERE = (
    r"^(r?[ée]coutez|retrouvez|regardez|revoyez|suivez)\b.{0,140}\b(nos (flashs?|journaux|[ée]missions|[ée]ditions"
    r"|podcasts?)|notre (antenne|[ée]mission|podcast|direct|application|envoy[ée]e? sp[ée]ciale?)"
    r"|le journal de \d|en (direct|replay|podcast)|sur (notre|nos) (site|antenne|application|cha[iî]ne))",
)
PROMO_KEYWORDS = ("coutez", "retrouvez", "regardez", "revoyez", "suivez")

# a picture caption ending with its credit: "L'entrepôt, dans la nuit. Photo Le Courrier / Lecteur"
CAPTION_ANYWHERE = (
    r"[.!?»)]\s*(©\s*)?(photos?|cr[ée]dits?(\s+photo)?|illustration|image|infographie)\s*(:\s*)?"
    r"(d'|de )?(archives?\s+)?[\w«].{0,70}$",
    r"©\s*(photo\s+)?[\w«][^.!?]{0,60}$",
    r"\s/\s*(afp|reuters|ap|maxppp|abaca|sipa|epa|hans lucas|getty images|leemage|dr|lecteur|archives?)"
    r"(\s+\w+){0,3}\s*\)?$",
    r"^(photo|cr[ée]dit|illustration)\s*:\s*\S",
)
CAPTION_KEYWORDS = ("photo", "©", "crédit", "credit", "illustration", "image", "infographie", " / ")

READ_ALSO_LINE = (
    r"(à )?(lire|voir|consulter|d[ée]couvrir|[ée]couter|regarder) (aussi|[ée]galement|plus)\b",
    r"sur le m[êe]me (sujet|th[èe]me)\b",
    r"(articles?|contenus?|sujets?) (similaires|li[ée]s|connexes|recommand[ée]s|associ[ée]s)\b",
    r"vous (aimerez|pourriez aimer|aimerez aussi|pourriez [ée]galement aimer)\b",
    r"les (plus lus|plus populaires|plus comment[ée]s|plus partag[ée]s|articles les plus)\b",
    r"dans la m[êe]me (rubrique|cat[ée]gorie)\b",
    r"(nos )?derni(è|e)res? (infos|actualit[ée]s|articles?|publications|vid[ée]os)\b",
    r"(à la une|en continu|en ce moment|les essentiels|toute l'actualit[ée])$",
    r"(articles? )?(pr[ée]c[ée]dent|suivant)s?$",
    r"(plus|davantage) d'(articles|actualit[ée]s|infos)\b",
)

CRUMB_LINE = (
    r"(image|images|photo|photos|vid[ée]o|illustration|fermer|close|source|sources|menu|rechercher"
    r"|recherche|accueil|publicit[ée]|pub|sponsoris[ée]|annonce|haut de page|retour en haut"
    r"|lire la suite|lire plus|voir plus|afficher plus|en savoir plus|chargement|plein [ée]cran"
    r"|agrandir|zoom|diaporama|galerie|[ée]couter|[ée]couter (l'|cet )article|audio|direct|live|abonn[ée]s?)\s*:?$",
    r"(cr[ée]dits?( photo)?|photo|illustration|image)\s*:\s*\S.{0,80}$",
    r"©.{0,60}$",
)

FOOTER_LINE = (
    r"(©|\(c\)|copyright)\s*(\d{4}|[a-z].{0,40}\d{4})",  # "© 2019 CBS Interactive", not "© AFP"
)

FOOTER_ANYWHERE = (
    r"tous droits r[ée]serv[ée]s",
    r"reproduction (interdite|int[ée]grale ou partielle)",
)
FOOTER_KEYWORDS = ("droits", "reproduction")

# items of a footer link bar; a line made only of them is site furniture
SITE_LINK_ITEMS = (
    r"(mentions l[ée]gales|conditions g[ée]n[ée]rales|cgu|cgv|plan du site|qui sommes[- ]nous|contact(ez[- ]nous)?"
    r"|nous contacter|[àa] propos|politique de confidentialit[ée]|donn[ée]es personnelles|publicit[ée]|recrutement)",
)
SITE_LINKS_LINE = (
    r"(?:" + "|".join(SITE_LINK_ITEMS) + r")(?:\s*[|•·/–-]?\s*(?:" + "|".join(SITE_LINK_ITEMS) + r"))*\s*$",
)

# first word of a breadcrumb trail: "Accueil DÉBATS Invités <title>", "Accueil > Monde > ..."
BREADCRUMB_HOME = (r"accueil", r"home", r"actualit[ée]s")
BREADCRUMB_SEPARATORS = ">›»/|"

# Finite verb forms that a picture caption ("X et Y au sommet du G20, en juillet 2017.") lacks and a
# standfirst has; matched on lowercased words. Nouns caught by the endings only keep a line as body.
VERB_FORMS = (
    r"est|sont|a|ont|était|étaient|avait|avaient|sera|seront|serait|fait|font|va|vont|peut|peuvent"
    r"|doit|doivent|veut|veulent|dit|disent|reste|restent|semble|devient|s'est|se sont|n'est|c'est"
    r"|\w{3,}(?:ent|ait|aient|era|eront|erait)"
)

# reading-time and listening widgets: "Temps de lecture : 3 min", "Lecture 4 min"
READING_TIME_LINE = (
    r"temps de lecture\b",
    r"lecture\s*:?\s*\d+\s*min",
    r"\d+\s*min(utes?)?\s+de lecture\b",
    r"dur[ée]e de lecture\b",
)
READING_TIME_ANYWHERE = (r"\b\d+\s*min(utes?)?\s+de lecture\b", r"\btemps de lecture\s*:?\s*\d+")
READING_TIME_KEYWORDS = ("lecture",)

# the footer WordPress adds to feed items: "L'article X est apparu en premier sur Site."
FEED_FOOTER_ANYWHERE = (r"\best apparu en premier sur\b",)
FEED_FOOTER_KEYWORDS = ("apparu en premier",)

# a bare heading over a list of other articles ("Les plus lus", "Sur le même sujet"): the article
# has ended when it stands after the body (unlike an inline "Lire aussi : ..." link)
RELATED_LINE = (
    r"(les )?(articles?|contenus?|sujets?) (similaires|li[ée]s|connexes|recommand[ée]s|associ[ée]s)\s*:?$",
    r"(les )?plus (lus|populaires|comment[ée]s|partag[ée]s)\s*:?$",
    r"sur le m[êe]me (sujet|th[èe]me)\s*:?$",
    r"dans la m[êe]me (rubrique|cat[ée]gorie)\s*:?$",
    r"vous (aimerez|pourriez aimer|aimerez aussi|pourriez [ée]galement aimer)( aussi)?( lire)?\s*:?$",
    r"(nos |les )?derni(è|e)res? (infos|actualit[ée]s|articles|d[ée]p[êe]ches)\s*:?$",
)
