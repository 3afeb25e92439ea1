-- recoupe store, version 2: per-outlet templates (issue 3).

-- The visible lines of each stored page and the cleaner's verdict on each: what templates are
-- learned from, in later runs too.
CREATE TABLE page_lines (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    outlet      TEXT NOT NULL,
    lines       BLOB NOT NULL,             -- zlib-compressed lines, newline-separated
    kept        BLOB NOT NULL              -- one byte per line: 1 when the cleaner kept it
);
CREATE INDEX page_lines_outlet ON page_lines(outlet);

-- The lines each outlet's pages share, as last learned.
CREATE TABLE outlet_templates (
    outlet      TEXT NOT NULL,
    key         INTEGER NOT NULL,          -- recoupe.clean.templates.line_key
    line        TEXT NOT NULL,             -- one text of the line
    support     INTEGER NOT NULL,          -- distinct articles of the outlet that have it
    place       TEXT NOT NULL,             -- anywhere | edges
    PRIMARY KEY (outlet, key)
) WITHOUT ROWID;

CREATE TABLE outlets (
    outlet      TEXT PRIMARY KEY,
    articles    INTEGER NOT NULL,          -- distinct articles the template was learned from
    learned_at  TEXT NOT NULL
);
