"""English headline casing (data only): short words a Title Case headline leaves lowercase."""

TITLE_CASE_MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "of", "to", "in", "on", "at", "by", "as",
    "up", "via", "vs", "from", "with", "into", "over",
})
