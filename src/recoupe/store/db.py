"""The SQLite store: one file, WAL, numbered migrations, idempotent writes.

One write connection per process; every stage's output is persisted so that a later run
extends what an earlier one built.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from recoupe.clean.templates import PageLines, Template, TemplateKeys
from recoupe.store import templates
from recoupe.types import (
    Article,
    Entity,
    PageError,
    Published,
    Quote,
    RawPage,
    RemovedBlock,
    RoleBinding,
    Source,
    Story,
    Timex,
    from_json,
    to_json,
)

LOG = logging.getLogger(__name__)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _dumps(value: object) -> str:
    return json.dumps(to_json(value), ensure_ascii=False)


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("recoupe.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """A recoupe database file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ schema

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in _migrations():
            if number <= version:
                continue
            LOG.info("applying migration %03d to %s", number, self.path)
            self.db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    # ------------------------------------------------------------------ runs and failures

    def start_run(self, inputs: list[str]) -> int:
        cursor = self.db.execute(
            "INSERT INTO runs(started_at, inputs) VALUES (?, ?)", (_now(), json.dumps(inputs))
        )
        return int(cursor.lastrowid)

    def finish_run(self, run_id: int, *, pages: int, added: int, failures: int) -> None:
        status = "partial" if failures else "ok"
        self.db.execute(
            "UPDATE runs SET finished_at=?, pages=?, added=?, failures=?, status=? WHERE id=?",
            (_now(), pages, added, failures, status, run_id),
        )

    def add_failure(self, error: PageError, *, run_id: int | None = None) -> None:
        self.db.execute(
            "INSERT INTO failures(run_id, source, stage, reason) VALUES (?, ?, ?, ?)",
            (run_id, error.source, error.stage, error.reason),
        )

    def failures(self, run_id: int | None = None) -> list[PageError]:
        query = "SELECT source, stage, reason FROM failures"
        rows = self.db.execute(query + (" WHERE run_id=?" if run_id else ""), (run_id,) if run_id else ())
        return [PageError(row["source"], row["stage"], row["reason"]) for row in rows]

    # ------------------------------------------------------------------ pages and articles

    def has_article(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone()
        return row is not None

    def add_article(self, page: RawPage, article: Article, *, lines: PageLines | None = None) -> bool:
        """Store a page, its article, its annotations and its visible lines (for outlet templates).

        False when the article was already stored.
        """
        if self.has_article(article.id):
            return False
        raw = zlib.compress((page.text or "").encode("utf-8"))
        with self.transaction():
            self.db.execute(
                "INSERT INTO pages(id, source, kind, container, url, fetched_at, raw, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, page.source, page.kind, page.container, page.url, page.fetched_at, raw, _now()),
            )
            self._insert_article(article)
            self.save_annotations(article)
            if lines is not None and article.outlet:
                templates.save_page_lines(self.db, article.outlet, lines)
        return True

    def update_article_text(self, article: Article) -> None:
        """Rewrite a stored article's text, removed blocks, search index and annotations."""
        with self.transaction():
            old = self.db.execute("SELECT rowid, title, text FROM articles WHERE id=?", (article.id,)).fetchone()
            if old is None:
                raise KeyError(f"no stored article {article.id}")
            self.db.execute("INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
                            (old["rowid"], old["title"] or "", old["text"]))
            self.db.execute("UPDATE articles SET text=?, removed=? WHERE id=?",
                            (article.text, _dumps(article.removed), article.id))
            self.db.execute("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)",
                            (old["rowid"], article.title or "", article.text))
            self.save_annotations(article)

    def article_ids_of_outlets(self, outlets: Iterable[str]) -> list[str]:
        """Ids of the stored articles of these outlets, in insertion order."""
        wanted = list(outlets)
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(f"SELECT id FROM articles WHERE outlet IN ({marks}) ORDER BY rowid", wanted)
        return [row[0] for row in rows]

    # ------------------------------------------------------------------ outlet templates

    def page_lines(self, outlet: str, *, limit: int) -> list[PageLines]:
        return templates.load_page_lines(self.db, outlet, limit=limit)

    def save_template(self, template: Template) -> None:
        with self.transaction():
            templates.save_template(self.db, template)

    def template_keys(self) -> dict[str, TemplateKeys]:
        return templates.load_template_keys(self.db)

    def templates(self, outlet: str | None = None) -> list[Template]:
        return templates.load_templates(self.db, outlet)

    def _insert_article(self, article: Article) -> None:
        published = article.published
        cursor = self.db.execute(
            "INSERT INTO articles(id, source, url, outlet, title, published, published_origin,"
            " published_evidence, lang, kind, text, removed, title_origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id, article.source, article.url, article.outlet, article.title,
                published.value if published else None, published.origin if published else None,
                published.evidence if published else None, article.lang, article.kind,
                article.text, _dumps(article.removed), article.title_origin,
            ),
        )
        self.db.execute(
            "INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)",
            (cursor.lastrowid, article.title or "", article.text),
        )

    def save_annotations(self, article: Article, *, model: str | None = None) -> None:
        reference = _dumps(article.reference) if article.reference else None
        self.db.execute(
            "INSERT INTO annotations(article_id, entities, quotes, timexes, roles, reference, model)"
            " VALUES (?,?,?,?,?,?,?)"
            " ON CONFLICT(article_id) DO UPDATE SET entities=excluded.entities, quotes=excluded.quotes,"
            " timexes=excluded.timexes, roles=excluded.roles, reference=excluded.reference,"
            " model=COALESCE(excluded.model, model)",
            (article.id, _dumps(article.entities), _dumps(article.quotes), _dumps(article.timexes),
             _dumps(article.roles), reference, model),
        )

    def raw_page(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT raw FROM pages WHERE id=?", (article_id,)).fetchone()
        return zlib.decompress(row["raw"]).decode("utf-8") if row and row["raw"] is not None else None

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Articles with their annotations, in insertion order (all when `ids` is None)."""
        query = (
            "SELECT a.*, n.entities, n.quotes, n.timexes, n.roles, n.reference FROM articles a"
            " LEFT JOIN annotations n ON n.article_id = a.id"
        )
        if ids is None:
            rows = self.db.execute(query + " ORDER BY a.rowid")
            return [_article_from_row(row) for row in rows]
        wanted = list(ids)
        by_id = {}
        for chunk in _chunks(wanted, 500):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"{query} WHERE a.id IN ({marks})", chunk):
                by_id[row["id"]] = _article_from_row(row)
        return [by_id[i] for i in wanted if i in by_id]

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def search(self, query: str, *, limit: int = 20) -> list[str]:
        """Article ids matching a full-text query (SQLite FTS5 syntax)."""
        rows = self.db.execute(
            "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        return [row["id"] for row in rows]

    # ------------------------------------------------------------------ corpus stages

    def save_relations(self, sources: Iterable[Source]) -> None:
        with self.transaction():
            self.db.executemany(
                "INSERT INTO relations(article_id, relation, of, similarity) VALUES (?,?,?,?)"
                " ON CONFLICT(article_id) DO UPDATE SET relation=excluded.relation,"
                " of=excluded.of, similarity=excluded.similarity",
                [(s.article_id, s.relation, s.of, s.similarity) for s in sources],
            )

    def relations(self) -> dict[str, tuple[str, str | None, float | None]]:
        rows = self.db.execute("SELECT article_id, relation, of, similarity FROM relations")
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    def get_state(self, key: str) -> object | None:
        row = self.db.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return json.loads(row["value"]) if row else None

    def set_state(self, key: str, value: object) -> None:
        self.db.execute(
            "INSERT INTO state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    def save_story(self, story: Story) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO stories(id, title, first, last, entities, flags, updated_at)"
                " VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET title=excluded.title,"
                " first=excluded.first, last=excluded.last, entities=excluded.entities,"
                " flags=excluded.flags, updated_at=excluded.updated_at",
                (story.id, story.title, story.first, story.last, json.dumps(story.entities,
                 ensure_ascii=False), story.flags, _now()),
            )
            self.db.executemany(
                "INSERT INTO story_articles(article_id, story_id) VALUES (?, ?)"
                " ON CONFLICT(article_id) DO UPDATE SET story_id=excluded.story_id",
                [(article_id, story.id) for article_id in story.article_ids],
            )

    def delete_story(self, story_id: str) -> None:
        """Forget a story absorbed by another (its articles already belong to the survivor)."""
        with self.transaction():
            self.db.execute("DELETE FROM dossiers WHERE story_id=?", (story_id,))
            self.db.execute("DELETE FROM story_articles WHERE story_id=?", (story_id,))
            self.db.execute("DELETE FROM stories WHERE id=?", (story_id,))

    def stories(self) -> list[Story]:
        rows = self.db.execute("SELECT * FROM stories ORDER BY first IS NULL, first, id").fetchall()
        members: dict[str, list[str]] = {}
        for row in self.db.execute("SELECT story_id, article_id FROM story_articles ORDER BY rowid"):
            members.setdefault(row[0], []).append(row[1])
        return [
            Story(id=row["id"], title=row["title"] or "", article_ids=members.get(row["id"], []),
                  first=row["first"], last=row["last"], entities=json.loads(row["entities"]),
                  flags=row["flags"])
            for row in rows
        ]

    def story(self, story_id: str) -> Story | None:
        return next((s for s in self.stories() if s.id == story_id), None)

    def save_dossier(self, story_id: str, data: dict) -> None:
        self.db.execute(
            "INSERT INTO dossiers(story_id, data, updated_at) VALUES (?,?,?) ON CONFLICT(story_id)"
            " DO UPDATE SET data=excluded.data, updated_at=excluded.updated_at",
            (story_id, json.dumps(data, ensure_ascii=False), _now()),
        )

    def dossier_data(self, story_id: str) -> dict | None:
        row = self.db.execute("SELECT data FROM dossiers WHERE story_id=?", (story_id,)).fetchone()
        return json.loads(row["data"]) if row else None


class _Transaction:
    """BEGIN/COMMIT around a block; nested uses join the outer transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        self.outer = not self.db.in_transaction
        if self.outer:
            self.db.execute("BEGIN")
        return self.db

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if not self.outer:
            return
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for index in range(0, len(items), size):
        yield items[index : index + size]


def _article_from_row(row: sqlite3.Row) -> Article:
    published = None
    if row["published"]:
        published = Published(row["published"], row["published_origin"] or "", row["published_evidence"])
    return Article(
        id=row["id"], source=row["source"], text=row["text"], title=row["title"], outlet=row["outlet"],
        published=published, lang=row["lang"], url=row["url"], kind=row["kind"],
        removed=[from_json(RemovedBlock, item) for item in json.loads(row["removed"])],
        entities=[from_json(Entity, item) for item in json.loads(row["entities"] or "[]")],
        quotes=[from_json(Quote, item) for item in json.loads(row["quotes"] or "[]")],
        timexes=[from_json(Timex, item) for item in json.loads(row["timexes"] or "[]")],
        roles=[from_json(RoleBinding, item) for item in json.loads(row["roles"] or "[]")],
        reference=from_json(Published, json.loads(row["reference"])) if row["reference"] else None,
        title_origin=row["title_origin"],
    )
