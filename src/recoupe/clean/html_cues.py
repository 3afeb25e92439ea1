"""Markup cues for HTML cleaning: which elements are blocks, which are never visible, and which
tags, classes and ids say why a block is boilerplate (data only)."""

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "center",
})

INVISIBLE_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object",
    "embed", "canvas", "select", "option", "button", "input", "textarea", "video", "audio",
})

# An ancestor with this tag explains the removal.
REASON_BY_TAG = {
    "nav": "navigation", "menu": "navigation", "footer": "footer", "header": "header",
    "aside": "sidebar", "form": "form",
}

# Tokens of class/id attributes, checked as substrings, most specific first.
REASON_BY_ATTRIBUTE = (
    (("cookie", "consent", "gdpr", "rgpd", "didomi", "cmp-"), "cookie-banner"),
    (("comment", "disqus", "reaction"), "comments"),
    (("share", "social", "sharing", "partage", "facebook", "twitter"), "share-buttons"),
    (("newsletter", "subscribe", "abonnement", "signup", "paywall", "premium"), "subscription"),
    (("related", "recommend", "more-stories", "a-lire", "alire", "lire-aussi", "voir-aussi",
      "outbrain", "taboola", "most-read", "popular", "trending"), "related-links"),
    (("breadcrumb", "fil-ariane"), "breadcrumb"),
    (("advert", "ad-slot", "ads-", "-ads", "banner", "sponsor", "promo", "pub-", "dfp"), "advertising"),
    (("menu", "navbar", "nav-", "-nav", "navigation"), "navigation"),
    (("footer", "copyright", "legal"), "footer"),
    (("header", "masthead", "topbar"), "header"),
    (("sidebar", "widget", "aside", "rail"), "sidebar"),
    (("caption", "legende", "légende", "credit"), "caption"),
    (("tag", "keyword", "categor"), "tags"),
    (("author", "byline", "signature", "dateline", "publish"), "byline"),
)

DEFAULT_REASON = "html-boilerplate"
MAX_ANCESTORS_FOR_REASON = 12  # how far up a removed block looks for a cue
