"""Later runs extend earlier stories; bad pages never stop a batch or touch stored data."""

from __future__ import annotations

import gzip
import shutil

import pytest

from recoupe import api
from recoupe.pipeline import EXIT_PARTIAL
from recoupe.store import Store

pytestmark = pytest.mark.slow


def test_a_later_run_adds_pages_to_the_existing_story(seeds, tmp_path):
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir(), later.mkdir()
    for path in sorted(seeds.glob("*.txt")):
        shutil.copy(path, (later if path.name.startswith("004") else first) / path.name)
    db = tmp_path / "r.db"
    api.run([str(first)], db=db, out=None)
    with Store(db) as store:
        before = {s.id: set(s.article_ids) for s in store.stories()}
    report = api.run([str(later)], db=db, out=None)
    assert report.added == 1
    with Store(db) as store:
        after = {s.id: set(s.article_ids) for s in store.stories()}
    grown = [sid for sid in before if len(after.get(sid, ())) == len(before[sid]) + 1]
    assert grown, "the new page should join an existing story"


def _bad_inputs(folder, good):
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    packed = gzip.compress(b"<html><body><p>" + good.read_bytes() + b"</p></body></html>")
    (folder / "truncated.html.gz").write_bytes(packed[: len(packed) // 2])
    (folder / "broken.jsonl").write_text('{"id": "1", "text": "ok"\nnot json at all\n', encoding="utf-8")
    shutil.copy(good, folder / good.name)


def test_bad_pages_get_clear_errors_and_the_batch_goes_on(seeds, tmp_path):
    good = sorted(seeds.glob("004_*.txt"))[0]
    _bad_inputs(tmp_path / "in", good)
    report = api.run([str(tmp_path / "in"), "http://127.0.0.1:9/nothing"], db=tmp_path / "r.db", out=None)
    assert report.added == 1
    assert report.exit_code == EXIT_PARTIAL
    failed = {f.source.split("#")[0].rsplit("/", 1)[-1] for f in report.failures}
    assert {"empty.txt", "binary.txt", "truncated.html.gz", "broken.jsonl", "nothing"} <= failed
    assert all(f.reason and "\n" not in f.reason for f in report.failures)


def test_a_bad_batch_leaves_stored_data_untouched(seeds, tmp_path):
    db = tmp_path / "r.db"
    api.run([str(seeds)], db=db, out=None)
    with Store(db) as store:
        before = [(a.id, a.text) for a in store.articles()]
        stories_before = len(store.stories())
    _bad_inputs(tmp_path / "in", sorted(seeds.glob("004_*.txt"))[0])
    api.run([str(tmp_path / "in")], db=db, out=None)
    with Store(db) as store:
        assert [(a.id, a.text) for a in store.articles()][: len(before)] == before
        assert len(store.stories()) == stories_before
