"""French headline vocabulary (data only): short words a capitalised headline leaves lowercase."""

TITLE_CASE_MINOR_WORDS = frozenset({
    "le", "la", "les", "l'", "un", "une", "des", "de", "du", "d'", "et", "ou", "à", "au", "aux",
    "en", "sur", "pour", "par", "avec", "dans",
})
