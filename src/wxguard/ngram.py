"""A character n-gram linear model that the transformer's label probabilities are blended with.

Hashed TF-IDF over character 1-3-grams of the anti-evasion normalised text, one logistic regression per
top-level label (fitted by ``wxguard fit-ngram`` with scikit-learn; see ``wxguard.training.ngram``).
At run time it is numpy only: each n-gram is hashed into ``2**bits`` buckets (``ngram_buckets``), counts
become ``1 + log(count)`` times the bucket's idf, the vector is L2-normalised and multiplied with the weights.
About 40 µs for a typical message (measured in ``benchmarks/``).

Why a second model: the transformer (2 layers) reads meaning and paraphrase; the n-gram model memorises
exact wording (slang, evasions, product words) and makes different mistakes, so their average generalises
better than either on writers neither was trained on (measured in ``training/README.md``).

File ``ngram.npz`` (in the model directory): ``idf`` float32 ``[2**bits]``, ``coef`` float16
``[2**bits, len(LABELS)]``, ``intercept`` float32 ``[len(LABELS)]``, ``meta`` int64 ``[bits, n_min, n_max]``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .taxonomy import LABELS

__all__ = ["MAX_CHARS", "NgramModel", "ngram_buckets"]

# Texts longer than this are read as their first and last MAX_CHARS // 2 characters (bounded time on huge
# input; the rules layer and the transformer windows still see the whole message).
MAX_CHARS = 8192
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def ngram_buckets(text: str, bits: int, n_min: int = 1, n_max: int = 3) -> np.ndarray:
    """Bucket index of every character n-gram (``n_min <= n <= n_max <= 3``) of ``text``, one per occurrence.

    An n-gram's key packs its code points (plus one, 21 bits each) into 63 bits, so distinct n-grams have
    distinct keys; Fibonacci hashing (multiply by 2**64 / golden ratio, keep the top ``bits``) maps keys to
    buckets. Vectorised with numpy: no Python loop over characters.
    """
    if not 1 <= n_min <= n_max <= 3:
        raise ValueError("n-gram sizes must satisfy 1 <= n_min <= n_max <= 3")
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS // 2] + "\n" + text[-(MAX_CHARS // 2):]
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64) + 1
    keys = []
    for n in range(n_min, n_max + 1):
        if cps.size >= n:
            key = cps[: cps.size - n + 1].copy()
            for k in range(1, n):
                key |= cps[k: cps.size - n + 1 + k] << np.uint64(21 * k)
            keys.append(key)
    if not keys:
        return np.zeros(0, dtype=np.int64)
    return ((np.concatenate(keys) * _GOLDEN) >> np.uint64(64 - bits)).astype(np.int64)


def tfidf_row(buckets: np.ndarray, idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sparse L2-normalised ``(1 + log tf) * idf`` row: (bucket indices, values)."""
    if buckets.size == 0:
        return buckets, np.zeros(0, dtype=np.float32)
    # np.unique(buckets, return_counts=True), without its generic overhead (a message has a few dozen n-grams)
    ordered = np.sort(buckets)
    first = np.empty(ordered.size, dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    idx = ordered[first]
    counts = np.diff(np.append(np.flatnonzero(first), ordered.size))
    values = (1.0 + np.log(counts)).astype(np.float32) * idf[idx]
    norm = float(np.sqrt(np.dot(values, values)))
    return idx, values / norm if norm > 0 else values


class NgramModel:
    """Probabilities for the top-level labels from character n-grams (see the module docstring)."""

    def __init__(self, idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray, bits: int,
                 n_min: int = 1, n_max: int = 3) -> None:
        buckets = 1 << bits
        shapes = (idf.shape, coef.shape, intercept.shape)
        if shapes != ((buckets,), (buckets, len(LABELS)), (len(LABELS),)):
            raise ValueError(f"n-gram arrays do not match {1 << bits} buckets x {len(LABELS)} labels")
        self.idf = idf.astype(np.float32)
        self.coef = coef.astype(np.float32)  # stored as float16; widened once here, not per message
        self.intercept = intercept.astype(np.float32)
        self.bits, self.n_min, self.n_max = int(bits), int(n_min), int(n_max)

    @classmethod
    def load(cls, path: str | Path) -> NgramModel:
        with np.load(path, allow_pickle=False) as z:
            bits, n_min, n_max = (int(x) for x in z["meta"])
            return cls(z["idf"], z["coef"], z["intercept"], bits, n_min, n_max)

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, idf=self.idf, coef=self.coef.astype(np.float16), intercept=self.intercept,
                            meta=np.array([self.bits, self.n_min, self.n_max], dtype=np.int64))

    def predict(self, texts: list[str]) -> np.ndarray:
        """Sigmoid probabilities, shape ``(len(texts), len(LABELS))``; texts should be wxguard-normalised."""
        out = np.empty((len(texts), len(LABELS)), dtype=np.float32)
        for i, text in enumerate(texts):
            idx, values = tfidf_row(ngram_buckets(text, self.bits, self.n_min, self.n_max), self.idf)
            out[i] = values @ np.take(self.coef, idx, axis=0)
        out += self.intercept
        return 1.0 / (1.0 + np.exp(-out))
