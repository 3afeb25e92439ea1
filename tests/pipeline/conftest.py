"""A pipeline run over the five seeds, shared by the tests of this folder."""

from __future__ import annotations

import pytest

from recoupe import api
from recoupe.store import Store


@pytest.fixture(scope="module")
def seeds_run(seeds, tmp_path_factory):
    """Run the whole pipeline once on the seeds; yields (report, store path, output folder)."""
    folder = tmp_path_factory.mktemp("seeds-run")
    report = api.run([str(seeds)], db=folder / "r.db", out=folder / "out")
    return report, folder / "r.db", folder / "out"


@pytest.fixture(scope="module")
def seeds_articles(seeds_run):
    """The stored seed articles keyed by the seed's number ("000" … "004")."""
    _, db, _ = seeds_run
    with Store(db) as store:
        articles = store.articles()
    return {a.source.rsplit("/", 1)[-1][:3]: a for a in articles}
