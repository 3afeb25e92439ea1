"""RSS and Atom feeds: each entry becomes a page from its full content, else its summary."""

from __future__ import annotations

import calendar
import logging
from collections.abc import Iterator
from datetime import datetime, timezone

from recoupe.meta.outlet import outlet_from_url
from recoupe.types import PageError, RawPage

LOG = logging.getLogger(__name__)


def pages_from_feed(
    data: bytes, *, source: str, charset: str | None = None, fetched_at: str | None = None
) -> Iterator[RawPage | PageError]:
    """A page per entry with title, link and published date; a feed with no entry is a PageError."""
    import feedparser

    headers = {"content-type": f"application/xml; charset={charset}"} if charset else None
    try:
        parsed = feedparser.parse(data, response_headers=headers)
    except Exception as error:  # feedparser is lenient; anything it raises is a broken file
        yield PageError(source, "ingest", f"cannot parse the feed ({error}); check it is RSS or Atom")
        return
    if not parsed.entries:
        problem = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield PageError(source, "ingest", f"feed has no entries{problem}; nothing to read")
        return
    feed_link = parsed.feed.get("link")
    for number, entry in enumerate(parsed.entries, start=1):
        yield _page_from_entry(entry, where=f"{source}#{number}", feed_link=feed_link,
                               fetched_at=fetched_at)


def _page_from_entry(entry, *, where: str, feed_link: str | None,
                     fetched_at: str | None) -> RawPage | PageError:
    """One feed entry → RawPage, or why it has no text."""
    body, media_type = _entry_body(entry)
    if not body:
        return PageError(where, "ingest", "feed entry has neither content nor summary; "
                         "fetch its link instead")
    link = entry.get("link")
    kind = "dump" if media_type == "text/plain" else "html"
    return RawPage(
        source=where, kind=kind, text=body.replace("\r\n", "\n").replace("\r", "\n"), url=link,
        outlet=outlet_from_url(link) or outlet_from_url(feed_link), title=entry.get("title"),
        published=_entry_date(entry), fetched_at=fetched_at, container="feed",
        external_id=entry.get("id"),
    )


def _entry_body(entry) -> tuple[str | None, str | None]:
    """The longest of the full contents, else the summary, with its media type."""
    contents = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return best["value"], best.get("type")
    summary = entry.get("summary")
    if summary and summary.strip():
        return summary, entry.get("summary_detail", {}).get("type")
    return None, None


def _entry_date(entry) -> str | None:
    """ISO 8601 publication date (UTC) of an entry, falling back to its update date."""
    for field in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(field)
        if parsed:
            moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
            return moment.isoformat()
    return None
