"""The README documents every command and every eval suite (a new one must be documented)."""

from __future__ import annotations

from recoupe.cli import app
from recoupe.eval.runner import SUITES
from recoupe.paths import REPO_DIR

README = (REPO_DIR / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_documented():
    names = [command.name or command.callback.__name__ for command in app.registered_commands]
    assert names
    for name in names:
        assert f"recoupe {name}" in README, f"`recoupe {name}` is not in README.md"


def test_every_eval_suite_is_documented():
    for suite in SUITES:
        assert f"`{suite}`" in README, f"eval suite {suite} is not in README.md"


def test_readme_gives_the_two_setup_commands():
    assert "make demo" in README and "make test" in README
    assert "make test" in (REPO_DIR / ".ci" / "run").read_text(encoding="utf-8")
