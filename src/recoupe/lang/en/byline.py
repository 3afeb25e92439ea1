"""English byline vocabulary (data only): publication cues, month names, relative times."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

PUBLISHED_CUES = (
    r"published(\s+on)?\s*:?",
    r"posted(\s+on)?\s*:?",
    r"first\s+published(\s+on)?\s*:?",
    r"date\s*:",
)

UPDATED_CUES = (
    r"(last\s+)?updated(\s+on)?\s*:?",
    r"modified(\s+on)?\s*:?",
)

TIME_JOINERS = (r"at", r",", r"-", r"–", r"\|")

RELATIVE_SUFFIX = r"ago"
RELATIVE_UNITS = {
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes", "m": "minutes",
    "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "h": "hours",
    "day": "days", "days": "days", "d": "days",
    "week": "weeks", "weeks": "weeks",
}
RELATIVE_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

# first words of a very short authorship line: "By Jane Smith"
AUTHOR_LINE = (r"by\s+(?-i:[A-Z])", r"written\s+by\b", r"words\s+by\b", r"author\s*:")
