"""Settings shared by the readers (one object instead of long parameter lists)."""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024
USER_AGENT = "recoupe/0.1 (+https://github.com/recoupe/recoupe; news dossier builder)"


@dataclass(slots=True, frozen=True)
class IngestOptions:
    """How inputs are read: size cap per page, network timeouts and politeness."""

    max_page_bytes: int = 50 * MEGABYTE
    timeout: float = 20.0  # read timeout for URLs, seconds
    connect_timeout: float = 10.0
    host_delay: float = 1.0  # seconds between two requests to the same host
    retries: int = 1  # extra attempts after a 5xx answer or a timeout
    user_agent: str = USER_AGENT


def size_label(size: int) -> str:
    """Human size: ``52.4 MB``."""
    return f"{size / MEGABYTE:.1f} MB" if size >= MEGABYTE else f"{size / 1024:.1f} kB"
