-- recoupe store, version 1: every stage persisted, keyed so that re-ingesting adds nothing.

CREATE TABLE pages (
    id          TEXT PRIMARY KEY,          -- the article id derived from this page
    source      TEXT NOT NULL,
    kind        TEXT NOT NULL,             -- dump | html
    container   TEXT,
    url         TEXT,
    fetched_at  TEXT,
    raw         BLOB,                      -- zlib-compressed page text as read
    ingested_at TEXT NOT NULL
);

CREATE TABLE articles (
    id          TEXT PRIMARY KEY REFERENCES pages(id),
    source      TEXT NOT NULL,
    url         TEXT,
    outlet      TEXT,
    title       TEXT,
    published   TEXT,
    published_origin   TEXT,
    published_evidence TEXT,
    lang        TEXT,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    removed     TEXT NOT NULL DEFAULT '[]'  -- JSON list of RemovedBlock
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE annotations (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    entities    TEXT NOT NULL,             -- JSON list of Entity (canonical names)
    quotes      TEXT NOT NULL,             -- JSON list of Quote
    timexes     TEXT NOT NULL,             -- JSON list of Timex
    model       TEXT
);

CREATE TABLE relations (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    relation    TEXT NOT NULL,             -- original | copy | rewrite
    of          TEXT,
    similarity  REAL
);

CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT,
    first       TEXT,
    last        TEXT,
    entities    TEXT NOT NULL DEFAULT '[]',
    flags       INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT
);

CREATE TABLE story_articles (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    story_id    TEXT NOT NULL REFERENCES stories(id)
);
CREATE INDEX story_articles_story ON story_articles(story_id);

CREATE TABLE dossiers (
    story_id    TEXT PRIMARY KEY REFERENCES stories(id),
    data        TEXT NOT NULL,             -- JSON Dossier
    updated_at  TEXT NOT NULL
);

CREATE TABLE state (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    inputs      TEXT NOT NULL,
    pages       INTEGER NOT NULL DEFAULT 0,
    added       INTEGER NOT NULL DEFAULT 0,
    failures    INTEGER NOT NULL DEFAULT 0,
    status      TEXT NOT NULL DEFAULT 'running'
);

CREATE TABLE failures (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id      INTEGER REFERENCES runs(id),
    source      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    reason      TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
