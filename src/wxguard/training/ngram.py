"""Fit the character n-gram model that the transformer is blended with (``wxguard fit-ngram``).

    wxguard fit-ngram --train data/train.jsonl cold:../shared/datasets/cold/train.csv --out runs/ngram.npz

Features are those of ``wxguard.ngram`` (hashed character 1-3-grams of the wxguard-normalised text in
``2**bits`` buckets, sublinear TF-IDF, L2 norm); buckets seen in fewer than ``--min-df`` training texts
get idf 0, so unseen n-grams neither score nor dilute a message. One logistic regression (scikit-learn,
``class_weight="balanced"``) per top-level label, fitted on the rows where that label is supervised (COLD
rows supervise ``illegal_vulgar`` only). Deterministic: the same files give the same arrays.

A label without positive rows (an organisation that annotates only some categories) keeps weights 0 and an
intercept of ``ABSENT_INTERCEPT`` (probability about 5e-5), so the blend leans on the transformer for it; one
warning line on stderr names it. ``--out`` gets ``.npz`` appended when it lacks it (as ``numpy.savez`` would);
the path printed is the one written.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..ngram import NgramModel, ngram_buckets
from ..normalize import normalize
from ..taxonomy import LABELS
from .data import load_all

__all__ = ["ABSENT_INTERCEPT", "bucket_matrix", "fit_ngram", "main", "tfidf_matrix"]

# intercept of a label with no positive training rows: sigmoid(-10) ~ 4.5e-5, so its n-gram probability is
# near zero for every message and the blend's probability for it is the transformer's (times 1 - weight)
ABSENT_INTERCEPT = -10.0


def bucket_matrix(texts: Sequence[str], bits: int, n_min: int = 1, n_max: int = 3) -> Any:
    """CSR matrix of n-gram bucket counts, one row per (already normalised) text."""
    from scipy.sparse import csr_matrix

    indptr, indices = [0], []
    for text in texts:
        b = ngram_buckets(text, bits, n_min, n_max)
        indices.append(b)
        indptr.append(indptr[-1] + b.size)
    idx = np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64)
    ones = np.ones(idx.size, dtype=np.float32)
    m = csr_matrix((ones, idx, np.array(indptr)), shape=(len(texts), 1 << bits))
    m.sum_duplicates()
    return m


def tfidf_matrix(counts: Any, idf: np.ndarray) -> Any:
    """The rows ``wxguard.ngram.tfidf_row`` computes at run time, for a whole count matrix at once."""
    from sklearn.preprocessing import normalize as l2_normalize

    x = counts.copy()
    x.data = (1.0 + np.log(x.data)) * idf[x.indices]
    return l2_normalize(x, norm="l2", copy=False)


def fit_ngram(rows: Sequence[dict[str, Any]], *, bits: int = 18, min_df: int = 2, c: float = 8.0,
              n_min: int = 1, n_max: int = 3) -> NgramModel:
    """Fit on rows with ``text``, ``targets`` and ``mask`` (the ``wxguard.training.data`` row format)."""
    from sklearn.linear_model import LogisticRegression

    counts = bucket_matrix([normalize(r["text"]).text for r in rows], bits, n_min, n_max)
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=1 << bits)
    idf = np.where(df >= min_df, np.log((1.0 + n) / (1.0 + df)) + 1.0, 0.0).astype(np.float32)
    x = tfidf_matrix(counts, idf)
    y = np.array([r["targets"][: len(LABELS)] for r in rows]) > 0.5
    m = np.array([r["mask"][: len(LABELS)] for r in rows]) > 0
    coef = np.zeros((1 << bits, len(LABELS)), dtype=np.float32)
    intercept = np.zeros(len(LABELS), dtype=np.float32)
    for j in range(len(LABELS)):
        sel = m[:, j]
        if not y[sel, j].any():
            print(f"fit-ngram: warning: no positive rows for label {LABELS[j]!r}; its n-gram probability is "
                  "kept near 0, so the blend leans on the transformer for it", file=sys.stderr)
            intercept[j] = ABSENT_INTERCEPT
            continue
        if y[sel, j].all():
            raise ValueError(f"label {LABELS[j]!r} has no negative supervised rows to fit on")
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        clf.fit(x[sel], y[sel, j])
        coef[:, j] = clf.coef_[0]
        intercept[j] = clf.intercept_[0]
    return NgramModel(idf, coef.astype(np.float16), intercept, bits, n_min, n_max)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="wxguard fit-ngram", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs="+", required=True, help="JSONL / CSV / cold:PATH files (as for train)")
    ap.add_argument("--out", required=True,
                    help="output .npz, appended when missing (add it to a model: `wxguard export --ngram`)")
    ap.add_argument("--bits", type=int, default=18, help="log2 of the number of hash buckets (default 18)")
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--c", type=float, default=8.0, help="inverse L2 regularisation strength")
    args = ap.parse_args(argv)
    if not 10 <= args.bits <= 24:
        ap.error("--bits must be between 10 and 24")
    started = time.time()
    rows = load_all(args.train)
    model = fit_ngram(rows, bits=args.bits, min_df=args.min_df, c=args.c)
    out = Path(args.out)
    if out.suffix != ".npz":  # numpy.savez would append it silently; name the file actually written
        out = out.with_name(out.name + ".npz")
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    print(f"fit-ngram: {len(rows)} rows, 2^{args.bits} buckets, "
          f"{int((model.idf > 0).sum())} used -> {out} ({time.time() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
