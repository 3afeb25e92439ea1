"""Candidate pairs for reuse detection, so full texts are only compared when they may match.

Near-duplicates: MinHash LSH over word shingles, verified by exact Jaccard. Rewrites: an
inverted index of sampled passage fingerprints (hashed word n-grams), counted per pair.
"""

from __future__ import annotations

import logging
import zlib
from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING

from datasketch import MinHashLSH

from recoupe.reuse.signatures import jaccard, minhash_of_shingles

if TYPE_CHECKING:
    from recoupe.reuse.lineage import ReuseOptions

LOG = logging.getLogger(__name__)

Rank = tuple[bool, str, str]


def near_duplicate_pairs(shingle_sets: dict[str, set[str]], options: ReuseOptions) -> list[tuple[str, str]]:
    """Pairs of ids whose shingle sets have Jaccard >= `options.near_duplicate`, sorted."""
    ids = sorted(key for key, value in shingle_sets.items() if value)
    if len(ids) < 2:
        return []
    index = MinHashLSH(threshold=options.lsh_threshold, num_perm=options.num_perm)
    signatures = {key: minhash_of_shingles(shingle_sets[key], num_perm=options.num_perm) for key in ids}
    for key in ids:
        index.insert(key, signatures[key])
    pairs: set[tuple[str, str]] = set()
    for key in ids:
        for other in index.query(signatures[key]):
            if other != key:
                pairs.add((min(key, other), max(key, other)))
    verified = [pair for pair in sorted(pairs)
                if jaccard(shingle_sets[pair[0]], shingle_sets[pair[1]]) >= options.near_duplicate]
    LOG.debug("near-duplicates: %d LSH candidates, %d verified", len(pairs), len(verified))
    return verified


def fingerprints(words: list[str], *, size: int, modulo: int) -> set[int]:
    """Sampled hashes of the word n-grams of `size` words (one in `modulo`, by value)."""
    found = set()
    for start in range(len(words) - size + 1):
        value = zlib.crc32(" ".join(words[start : start + size]).encode("utf-8"))
        if value % modulo == 0:
            found.add(value)
    return found


def fingerprint_candidates(
    words: dict[str, list[str]], ranks: dict[str, Rank], options: ReuseOptions
) -> dict[str, list[str]]:
    """Later id -> earlier ids sharing enough sampled passages to be worth aligning."""
    prints = {key: fingerprints(value, size=options.min_passage_words, modulo=options.fingerprint_modulo)
              for key, value in words.items()}
    postings: dict[int, list[str]] = defaultdict(list)
    for key in sorted(prints):
        for value in prints[key]:
            postings[value].append(key)
    shared: Counter[tuple[str, str]] = Counter()
    skipped = 0
    for holders in postings.values():
        if len(holders) > options.max_posting:
            skipped += 1
            continue
        for first, second in combinations(holders, 2):
            later, earlier = (first, second) if ranks[first] > ranks[second] else (second, first)
            shared[(later, earlier)] += 1
    if skipped:
        LOG.info("rewrite candidates: %d fingerprints skipped as boilerplate (in > %d texts)",
                 skipped, options.max_posting)
    candidates: dict[str, list[str]] = defaultdict(list)
    for (later, earlier), count in sorted(shared.items()):
        needed = max(2.0, 0.5 * options.rewrite_coverage * len(prints[later]))
        if count >= needed:
            candidates[later].append(earlier)
    return dict(candidates)
