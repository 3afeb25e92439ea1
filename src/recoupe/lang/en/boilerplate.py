"""English boilerplate cues of web pages (data only); same categories and conventions as
`lang.fr.boilerplate`."""

SHARE_LINE = (
    r"share(\s+(this|on|via|the|article|story|post)\b.*)?$",
    r"(follow|like|find) us( on)?\b",
    r"tweet( this)?$",
    r"(print|email|e-mail|pin it|copy link|link copied)( this( article| story| page)?)?$",
    r"(facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard|messenger|telegram|tumblr"
    r"|instagram|youtube|rss|e-?mail|print)$",
)

TAG_LINE = (
    r"(tags?|tagged( with)?|topics?|filed under|categories|category)\s*:",
)

COMMENT_LINE = (
    r"(leave|post|add|write) a (comment|reply)\b",
    r"comments?\s*(\(\d+\))?\s*:?$",
    r"\d+\s+(comments?|replies)$",
    r"no comments( yet)?\b",
    r"(reply|report( abuse| comment)?|flag)$",
    r"(log|sign) in to (comment|reply)\b",
    r"be the first to comment\b",
    r"view (all )?comments\b",
    r"join the (conversation|discussion)\b",
    r".{1,60}\b(on|at)\b.{3,40}\b(said|says|wrote|writes)\s*:?$",  # "Alex on May 3, 2018 at 4:47 pm said:"
    r"\d+\s+(responses?|thoughts|replies)\s+(to|on)\b",
)

COMMENT_ANYWHERE = (
    r"your email address will not be published",
    r"required fields are marked",
    r"save my name, email",
    r"comments are (closed|moderated)",
)
COMMENT_KEYWORDS = ("will not be published", "required fields", "save my name", "comments are")

CAPTCHA_ANYWHERE = (
    r"captcha",
    r"i'?m not a robot",
)
CAPTCHA_KEYWORDS = ("captcha", "robot")

COOKIE_ANYWHERE = (
    r"(this|our) (web)?site uses cookies",
    r"we (and our partners )?use cookies",
    r"cookie (settings|policy|preferences|consent|notice)",
    r"(accept|allow|manage|reject)( all)? cookies",
    r"by (continuing to (use|browse)|using this (web)?site)",
    r"you (are )?consent(ing)? to (this|the use|our use)",
    r"(accept|reject) all$",
    r"privacy (policy|settings|preferences)$",
)
COOKIE_KEYWORDS = ("cookie", "by continuing", "by using", "consent", "accept", "reject", "privacy")

DONATION_LINE = (
    r"(donate|support (us|our|independent|quality) ?(journalism|work)?|become a (member|patron|supporter))\b",
    r"make a (donation|contribution)\b",
    r"contribute$",
)

DONATION_ANYWHERE = (
    r"^(donate|support (us|our|independent|quality)|help us|become a (member|supporter))\b.{0,120}"
    r"(as little as|donat|contribut|journalism|mission|independen)",
)
DONATION_KEYWORDS = ("donate", "support", "help us", "become a")

NEWSLETTER_LINE = (
    r"(sign up|subscribe|register)( now| today| for| to)?\b",
    r"get (our|the) (newsletter|latest|daily|weekly)\b",
    r"(already a (subscriber|member)|log ?in|sign ?in|my account|create an account|forgot( your)? password)\b",
    r"(our |the )?newsletters?\b",
    r"subscribers? only\b",
)

# a picture caption ending with its credit: "... (Photo by Jane Doe/Getty Images)", "Photo: Reuters"
CAPTION_ANYWHERE = (
    r"\((photo|image|picture|credit|pictured)\b[^()]{0,80}\)$",
    r"[.!?]\s*(photo|image|credit|photograph|illustration)\s*:\s*\S.{0,70}$",
    r"(/|via|\()\s*(getty images|afp|reuters|ap photo|associated press|shutterstock|epa-efe|epa)\s*\)?$",
)
CAPTION_KEYWORDS = ("photo", "image", "picture", "credit", "pictured", "illustration", "getty", "afp", "reuters",
                    "associated press", "shutterstock", "epa")

READ_ALSO_LINE = (
    r"(read|see|watch|listen)( more| also| next| this)?\s*:",
    r"(read|see) (more|also|next)\b",
    r"(related|similar|recommended|popular|trending|latest|recent|featured|top)"
    r"( for you| now| articles?| stories| posts| news| content| coverage| videos?| reads?)?\s*:?$",
    r"more (from|on|in|stories|news|articles|like this)\b",
    r"most (read|popular|viewed|shared|emailed)\b",
    r"you (may|might) (also )?(like|enjoy|be interested)\b",
    r"(previous|next) (article|post|story)\b",
    r"don'?t miss\b",
    r"(editor'?s picks|what to read next|around the web|sponsored (content|stories|links))\b",
)

CRUMB_LINE = (
    r"(image|photo|video|close|source|sources|menu|search|home|advertisement|advertising|ad"
    r"|sponsored|skip to (main )?content|skip navigation|loading(\.\.\.)?|back to top|top"
    r"|read more|continue reading|show more|load more|view more|expand|collapse|open|toggle"
    r"|navigation|play|pause|full screen|enlarge|gallery|listen)\s*:?$",
    r"(image|photo) (credit|courtesy)s?\b.{0,80}$",
    r"(credit|photograph|photo|image)\s*:\s*\S.{0,80}$",
    r"©.{0,60}$",
)

FOOTER_ANYWHERE = (
    r"all rights reserved",
    r"copyright \d{4}",
)
FOOTER_KEYWORDS = ("rights reserved", "copyright")

# items of a footer link bar; a line made only of them is site furniture
SITE_LINK_ITEMS = (
    r"(terms of (use|service)|terms (&|and) conditions|privacy policy|site ?map|contact( us)?|about( us)?"
    r"|careers|advertise( with us)?|press releases?|accessibility)",
)
SITE_LINKS_LINE = (
    r"(?:" + "|".join(SITE_LINK_ITEMS) + r")(?:\s*[|•·/–-]?\s*(?:" + "|".join(SITE_LINK_ITEMS) + r"))*\s*$",
)

BREADCRUMB_HOME = (r"home", r"news")

# Finite verb forms a picture caption lacks and a standfirst has (see `lang.fr.boilerplate`).
VERB_FORMS = (
    r"is|are|was|were|has|have|had|will|would|can|could|says|said|does|did|may|might|must"
)

# reading-time widgets: "4 min read", "Reading time: 3 minutes"
READING_TIME_LINE = (r"\d+\s*min(ute)?s?\s+read\b", r"reading time\b", r"estimated reading time\b")
READING_TIME_ANYWHERE = (r"\b\d+\s*min(ute)?s?\s+read\b", r"\breading time\s*:?\s*\d+")
READING_TIME_KEYWORDS = ("read",)

# the footer WordPress adds to feed items: "The post X appeared first on Site."
FEED_FOOTER_ANYWHERE = (r"\bappeared first on\b",)
FEED_FOOTER_KEYWORDS = ("appeared first",)

# a bare heading over a list of other articles or the comments (see `lang.fr.boilerplate`)
RELATED_LINE = (
    r"(related|recommended|popular|trending|featured|more)( for you)?( articles| stories| posts| news| content"
    r"| coverage| headlines| reads)\s*:?$",
    r"(latest|top) (headlines|stories)\s*:?$",
    r"most (read|popular|viewed|shared|emailed|commented)( (articles|stories|news))?\s*:?$",
    r"(editor'?s'? picks|what to read next|around the web|you (may|might) also like)\s*:?$",
    r"more (stories|news|articles) (from|like this)\b.{0,30}$",
    r"\[?\s*\d+\s+comments?\s*\]?$",
    r"(top rated|latest|recent|reader'?s'?|user) comments\s*:?$",
)
