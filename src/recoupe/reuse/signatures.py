"""Text signatures for reuse detection: normalised words, shingles, MinHash and text hashes.

Normalisation is the same everywhere in `reuse`: NFKC, lowercase, accents folded,
punctuation dropped, so "Élection," and "election" are one word.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import struct
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import LeanMinHash, MinHash

LOG = logging.getLogger(__name__)

DEFAULT_NUM_PERM = 128
DEFAULT_SHINGLE_WORDS = 5
MINHASH_SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)
# Apostrophes inside words ("l'homme", "aujourd’hui") split words like spaces do.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@dataclass(slots=True, frozen=True)
class Word:
    """One normalised word and where it sits in the original text."""

    norm: str
    start: int
    end: int


def fold(text: str) -> str:
    """Lowercased, NFKC, accent-folded text."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    """:func:`fold` of one word, cached: news vocabulary repeats a lot."""
    return fold(word)


def words_with_offsets(text: str) -> list[Word]:
    """Normalised words of `text` with their character offsets in `text`."""
    found = []
    for match in _WORD.finditer(text.translate(_APOSTROPHES)):
        norm = _fold_word(match.group())
        if norm:
            found.append(Word(norm, match.start(), match.end()))
    return found


def normalised_words(text: str) -> list[str]:
    """Normalised words of `text`, punctuation dropped (the same words as `words_with_offsets`)."""
    return [word for word in map(_fold_word, _WORD.findall(text.translate(_APOSTROPHES))) if word]


def text_hash(text: str) -> str:
    """Hash of the normalised words: equal for texts that differ only in case, accents, spacing."""
    return hashlib.sha1(" ".join(normalised_words(text)).encode("utf-8")).hexdigest()


def shingles(words: list[str], *, size: int = DEFAULT_SHINGLE_WORDS) -> set[str]:
    """Word n-grams of `size` words; a text shorter than that is one shingle."""
    if not words:
        return set()
    if len(words) < size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def text_shingles(text: str, *, size: int = DEFAULT_SHINGLE_WORDS) -> set[str]:
    """Word shingles of normalised `text`."""
    return shingles(normalised_words(text), size=size)


def minhash_of_shingles(items: Iterable[str], *, num_perm: int = DEFAULT_NUM_PERM) -> LeanMinHash:
    """MinHash of a set of shingles (fixed seed, so signatures are comparable across runs)."""
    signature = MinHash(num_perm=num_perm, seed=MINHASH_SEED)
    signature.update_batch([item.encode("utf-8") for item in items])
    return LeanMinHash(signature)


def minhash(text: str, *, num_perm: int = DEFAULT_NUM_PERM,
            shingle_words: int = DEFAULT_SHINGLE_WORDS) -> LeanMinHash:
    """MinHash signature of the word shingles of `text`."""
    return minhash_of_shingles(text_shingles(text, size=shingle_words), num_perm=num_perm)


def to_bytes(signature: MinHash) -> bytes:
    """Serialise a MinHash for storage (seed, permutations and hash values)."""
    lean = signature if isinstance(signature, LeanMinHash) else LeanMinHash(signature)
    buffer = bytearray(lean.bytesize())
    lean.serialize(buffer)
    return bytes(buffer)


def from_bytes(data: bytes) -> LeanMinHash:
    """Rebuild a MinHash written by :func:`to_bytes`."""
    if len(data) < struct.calcsize("qi"):
        raise ValueError(f"recoupe: not a MinHash signature ({len(data)} bytes); "
                         "pass bytes written by recoupe.reuse.signatures.to_bytes")
    return LeanMinHash.deserialize(bytearray(data))


def jaccard(first: set[str], second: set[str]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not first and not second:
        return 1.0
    return len(first & second) / len(first | second)
