"""Near-duplicate articles: MinHash signatures of word shingles (datasketch), found through LSH bands.

The same wire story reprinted with a new lede shares most of its word
4-grams with the first print. Each article gets a MinHash signature; its
`BANDS` band hashes go into an indexed table, so the articles sharing a band
with a new one are found with a few lookups, and those whose estimated
Jaccard similarity reaches `THRESHOLD` are linked as near-duplicates.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS, ROWS = 16, 4          # LSH catches pairs from a Jaccard of about (1/16) ** (1/4) = 0.5 on
THRESHOLD = 0.5              # estimated Jaccard similarity of word 4-grams for a near-duplicate
SHINGLE = 4
MIN_SHINGLES = 8             # shorter texts are too short to call near-duplicates
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> list[bytes]:
    """The text's word 4-grams, lower-cased."""
    words = _WORD.findall(text.lower())
    return [" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(0, len(words) - SHINGLE + 1))]


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (NUM_PERM uint32 values) of a text, or None when it is too short."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(grams)
    return m.hashvalues.astype("<u4")


def band_keys(sig: np.ndarray) -> list[int]:
    """One 64-bit key per LSH band of a signature."""
    raw = sig.astype("<u4").tobytes()
    width = ROWS * 4
    return [int.from_bytes(hashlib.blake2b(raw[b * width:(b + 1) * width], digest_size=8).digest(),
                           "little", signed=True) for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def from_bytes(data: bytes) -> np.ndarray:
    """A signature read back from the store."""
    return np.frombuffer(data, dtype="<u4")
