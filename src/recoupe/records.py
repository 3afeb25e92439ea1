"""The machine-readable records the CLI prints (a contract: fields are added, never renamed)."""

from __future__ import annotations

from recoupe.types import Article, to_json


def clean_record(article: Article, *, explain: bool = False) -> dict:
    """`recoupe clean` record: id, source, outlet, title, published, lang, text (+ extras)."""
    record = {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published_value,
        "lang": article.lang,
        "text": article.text,
        "url": article.url,
        "published_origin": article.published.origin if article.published else None,
        "kind": article.kind,
        "title_origin": article.title_origin,
    }
    if explain:
        record["removed"] = to_json(article.removed)
    return record


def annotated_record(article: Article) -> dict:
    """`recoupe annotate` record: the clean fields plus entities, quotes and timexes."""
    record = clean_record(article)
    record["entities"] = [
        {"name": e.name, "type": e.type, "aliases": e.aliases,
         "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in e.mentions]}
        for e in article.entities
    ]
    record["quotes"] = [
        {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "verb": q.verb,
         "kind": q.kind, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
         "speaker_role": q.speaker_role}
        for q in article.quotes
    ]
    record["roles"] = [{"role": r.role, "name": r.name, "start": r.start, "end": r.end} for r in article.roles]
    reference = article.reference
    record["reference"] = ({"value": reference.value, "origin": reference.origin, "evidence": reference.evidence}
                           if reference else None)
    record["timexes"] = [
        {"text": t.text, "start": t.start, "end": t.end, "value": t.value, "type": t.type,
         "anchor": t.anchor}
        for t in article.timexes
    ]
    return record
