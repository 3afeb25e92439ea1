"""French role modifiers normalised for comparing titles (data only).

A nationality adjective and its country say the same thing ("le président américain", "le
président des États-Unis"); "nouveau", "futur" and "élu" qualify an incoming holder, "actuel" and
"sortant" the present one, "ancien" and "ex" a former one.
"""

_NATIONALITIES = {
    "états-unis": ("américain", "américaine", "etats-unis", "usa", "amérique"),
    "russie": ("russe",),
    "france": ("français", "française"),
    "chine": ("chinois", "chinoise"),
    "allemagne": ("allemand", "allemande"),
    "royaume-uni": ("britannique", "anglais", "anglaise"),
    "ukraine": ("ukrainien", "ukrainienne"),
    "turquie": ("turc", "turque"),
    "italie": ("italien", "italienne"),
    "espagne": ("espagnol", "espagnole"),
    "belgique": ("belge",),
    "suisse": ("helvétique",),
    "canada": ("canadien", "canadienne"),
    "québec": ("québécois", "québécoise"),
    "algérie": ("algérien", "algérienne"),
    "maroc": ("marocain", "marocaine"),
    "tunisie": ("tunisien", "tunisienne"),
    "syrie": ("syrien", "syrienne"),
    "iran": ("iranien", "iranienne"),
    "israël": ("israélien", "israélienne"),
    "japon": ("japonais", "japonaise"),
    "inde": ("indien", "indienne"),
    "brésil": ("brésilien", "brésilienne"),
    "venezuela": ("vénézuélien", "vénézuélienne"),
    "égypte": ("égyptien", "égyptienne"),
    "liban": ("libanais", "libanaise"),
    "pologne": ("polonais", "polonaise"),
    "hongrie": ("hongrois", "hongroise"),
    "europe": ("européen", "européenne"),
}
_QUALIFIERS = {
    "élu": ("élue", "nouveau", "nouvelle", "futur", "future", "prochain", "prochaine"),
    "actuel": ("actuelle", "sortant", "sortante", "en exercice"),
    "ancien": ("ancienne", "ex", "ex-", "précédent", "précédente"),
}

MODIFIER_FORMS: dict[str, str] = {
    form: canonical
    for table in (_NATIONALITIES, _QUALIFIERS)
    for canonical, forms in table.items()
    for form in (canonical, *forms)
}
COUNTRIES = frozenset(_NATIONALITIES)
QUALIFIERS = frozenset(_QUALIFIERS)
