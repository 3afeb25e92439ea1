"""Store tables of per-outlet templates: each page's lines, and each outlet's learned template."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zlib

from recoupe.clean.templates import PageLines, Template, TemplateKeys

ANYWHERE, EDGES = "anywhere", "edges"


def save_page_lines(db: sqlite3.Connection, outlet: str, lines: PageLines) -> None:
    """Remember a stored page's lines and which of them its cleaner kept."""
    packed = zlib.compress("\n".join(lines.lines).encode("utf-8"))
    db.execute(
        "INSERT OR REPLACE INTO page_lines(article_id, outlet, lines, kept) VALUES (?, ?, ?, ?)",
        (lines.article_id, outlet, packed, bytes(int(kept) for kept in lines.kept)),
    )


def load_page_lines(db: sqlite3.Connection, outlet: str, *, limit: int) -> list[PageLines]:
    """The `limit` most recently stored pages of an outlet (a template follows the site's redesigns)."""
    rows = db.execute(
        "SELECT article_id, lines, kept FROM page_lines WHERE outlet=? ORDER BY rowid DESC LIMIT ?",
        (outlet, limit),
    ).fetchall()
    pages = []
    for article_id, packed, kept in reversed(rows):
        text = zlib.decompress(packed).decode("utf-8")
        pages.append(PageLines(article_id, text.split("\n") if text else [], [bool(k) for k in kept]))
    return pages


def save_template(db: sqlite3.Connection, template: Template) -> None:
    """Replace an outlet's template."""
    db.execute("DELETE FROM outlet_templates WHERE outlet=?", (template.outlet,))
    rows = [(template.outlet, key, line, support, ANYWHERE) for key, (line, support) in template.lines.items()]
    rows += [(template.outlet, key, line, support, EDGES) for key, (line, support) in template.edge_lines.items()]
    db.executemany(
        "INSERT INTO outlet_templates(outlet, key, line, support, place) VALUES (?, ?, ?, ?, ?)", rows
    )
    db.execute(
        "INSERT OR REPLACE INTO outlets(outlet, articles, learned_at) VALUES (?, ?, ?)",
        (template.outlet, template.articles,
         dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()),
    )


def load_template_keys(db: sqlite3.Connection) -> dict[str, TemplateKeys]:
    """Every outlet's template keys."""
    found: dict[str, tuple[set[int], set[int]]] = {}
    for outlet, key, place in db.execute("SELECT outlet, key, place FROM outlet_templates"):
        anywhere, edges = found.setdefault(outlet, (set(), set()))
        (anywhere if place == ANYWHERE else edges).add(key)
    return {outlet: TemplateKeys(frozenset(a), frozenset(e)) for outlet, (a, e) in found.items()}


def load_templates(db: sqlite3.Connection, outlet: str | None = None) -> list[Template]:
    """Templates with their lines (all outlets, or one), for people to read."""
    query = "SELECT o.outlet, o.articles, t.key, t.line, t.support, t.place FROM outlets o" \
            " LEFT JOIN outlet_templates t ON t.outlet = o.outlet"
    rows = db.execute(query + (" WHERE o.outlet=?" if outlet else "") + " ORDER BY o.outlet, t.support DESC",
                      (outlet,) if outlet else ())
    templates: dict[str, Template] = {}
    for name, articles, key, line, support, place in rows:
        template = templates.setdefault(name, Template(name, articles=articles))
        if key is not None:
            (template.lines if place == ANYWHERE else template.edge_lines)[key] = (line, support)
    return list(templates.values())
