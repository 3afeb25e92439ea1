-- recoupe store, version 4: where an article's title comes from ("page", or "lede" when it was
-- derived from the first sentence of a page that has no title of its own).

ALTER TABLE articles ADD COLUMN title_origin TEXT;
