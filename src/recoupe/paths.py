"""Where recoupe finds the shared evaluation data and its bundled files."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent.parent


def shared_dir() -> Path | None:
    """The `shared/` folder beside the repository (or $RECOUPE_SHARED), if present."""
    candidates = [os.environ.get("RECOUPE_SHARED"), REPO_DIR.parent / "shared", Path.cwd().parent / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "corpora").is_dir():
            return Path(candidate)
    return None


def corpora_dir() -> Path | None:
    shared = shared_dir()
    return shared / "corpora" if shared else None


def seeds_dir() -> Path | None:
    shared = shared_dir()
    return shared / "seeds" if shared and (shared / "seeds").is_dir() else None


def demo_dir() -> Path:
    return REPO_DIR / "demo"
