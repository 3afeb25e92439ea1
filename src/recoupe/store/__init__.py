"""The SQLite store."""

from recoupe.store.db import Store

__all__ = ["Store"]
