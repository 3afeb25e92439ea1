"""The CLI contract: commands, options and output fields that scripts depend on."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from recoupe.cli import app

runner = CliRunner()


def _jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("command", ["run", "clean", "annotate", "stories", "dossier", "eval"])
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_clean_prints_the_contract_fields(seeds):
    result = runner.invoke(app, ["clean", str(seeds)])
    assert result.exit_code == 0, result.output
    records = _jsonl(result.stdout)
    assert len(records) == 5
    for record in records:
        assert {"id", "source", "outlet", "title", "published", "lang", "text"} <= set(record)
    seed0 = next(r for r in records if r["source"].endswith(".txt") and "000_" in r["source"])
    assert seed0["published"].startswith("2024-11-08") and seed0["lang"] == "fr"
    assert "\n\n" in seed0["text"]


def test_clean_explain_shows_removed_blocks_with_reasons(seed_text, seeds):
    (path,) = sorted(seeds.glob("001_*.txt"))
    result = runner.invoke(app, ["clean", str(path), "--format", "text", "--explain"])
    assert result.exit_code == 0
    assert "Captcha verification failed!" in result.stdout.split("--- removed")[1]
    record = _jsonl(runner.invoke(app, ["clean", str(path), "--explain"]).stdout)[0]
    assert all(block["reason"] for block in record["removed"])


@pytest.mark.slow
def test_annotate_offsets_index_the_text(seeds):
    (path,) = sorted(seeds.glob("004_*.txt"))
    record = _jsonl(runner.invoke(app, ["annotate", str(path)]).stdout)[0]
    text = record["text"]
    for entity in record["entities"]:
        assert {"name", "type", "mentions"} <= set(entity)
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for quote in record["quotes"]:
        assert {"text", "start", "end", "speaker", "verb", "kind"} <= set(quote)
        assert text[quote["start"]:quote["end"]] == quote["text"]
    for timex in record["timexes"]:
        assert {"text", "start", "end", "value", "type"} <= set(timex)
        assert text[timex["start"]:timex["end"]] == timex["text"]
    assert any("nous allons nous parler" in q["text"] and q["speaker"] == "Donald Trump" for q in record["quotes"])
    assert all("speaker_role" in quote for quote in record["quotes"])
    assert {"role": "président|russie", "name": "Vladimir Poutine"}.items() <= next(
        r for r in record["roles"] if r["role"] == "président|russie").items()
    for role in record["roles"]:
        assert text[role["start"]:role["end"]] in role["name"] or role["name"].endswith(text[role["start"]:role["end"]])
    assert record["reference"]["origin"] == "page-dates" and record["reference"]["value"] == "2022-02-12"


@pytest.mark.slow
def test_run_stories_and_dossier_commands(seeds, tmp_path):
    db, out = tmp_path / "r.db", tmp_path / "out"
    result = runner.invoke(app, ["run", str(seeds), "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    stories = _jsonl(runner.invoke(app, ["stories", "--db", str(db), "--format", "jsonl"]).stdout)
    assert stories and {"id", "title", "articles", "first", "last", "flags"} <= set(stories[0])
    story = max(stories, key=lambda s: s["articles"])["id"]
    table = runner.invoke(app, ["stories", "--db", str(db)]).stdout
    assert story in table
    dossier = json.loads(runner.invoke(app, ["dossier", story, "--db", str(db), "--format", "json"]).stdout)
    assert {"story", "summary", "timeline", "quotes", "entities", "sources", "flags"} <= set(dossier)
    markdown = runner.invoke(app, ["dossier", story, "--db", str(db)]).stdout
    assert markdown.startswith("#")
    missing = runner.invoke(app, ["dossier", "s-nothing", "--db", str(db)])
    assert missing.exit_code == 1 and "no story" in missing.stderr


@pytest.mark.slow
def test_dossier_from_articles_treats_inputs_as_one_story(seeds):
    result = runner.invoke(app, ["dossier", "--articles", str(seeds), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    dossier = json.loads(result.stdout)
    assert len(dossier["story"]["article_ids"]) == 5
    assert any(flag["kind"] == "out-of-time" for flag in dossier["flags"])


def test_unreadable_input_exits_with_failure_and_a_named_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["clean", str(empty)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
