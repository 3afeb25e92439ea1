-- recoupe store, version 3: role bindings (for titles resolved across a story's articles) and the
-- reference date of pages without a publication date (inferred, with its origin), per article.

ALTER TABLE annotations ADD COLUMN roles TEXT NOT NULL DEFAULT '[]';   -- JSON list of RoleBinding
ALTER TABLE annotations ADD COLUMN reference TEXT;                     -- JSON Published, or NULL
