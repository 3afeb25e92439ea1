"""Disjoint sets (union-find): items joined by a relation, grouped transitively."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class DisjointSets:
    """Union-find over the indexes 0..size-1, with path halving."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, index: int) -> int:
        """The representative of the set holding `index`."""
        parent = self.parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def union(self, first: int, second: int) -> None:
        """Join the sets of `first` and `second`."""
        self.parent[self.find(second)] = self.find(first)

    def groups(self, items: Sequence[T]) -> list[list[T]]:
        """`items` (one per index) grouped by set, groups in the order of their first item."""
        grouped: dict[int, list[T]] = {}
        for index, item in enumerate(items):
            grouped.setdefault(self.find(index), []).append(item)
        return list(grouped.values())
