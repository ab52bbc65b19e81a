"""Corpus checks: schema and label rules of LABELS.md, counts, and near-duplicate detection across splits.

Near duplicates are measured as the Jaccard similarity of character 3-gram sets (after the wxguard
normaliser, so ``賭 博`` and ``赌博`` compare equal); pairs at or above ``NEAR_DUP_JACCARD`` count as
the same message. The search is a sparse matrix product, so it scales to tens of thousands of lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..normalize import normalize
from ..taxonomy import LABELS, SUB_LABELS

__all__ = ["NEAR_DUP_JACCARD", "count", "near_duplicate_pairs", "validate_row"]

NEAR_DUP_JACCARD = 0.6


def validate_row(row: Any) -> list[str]:
    """Problems with one JSONL row under the guideline (empty list = valid)."""
    problems = []
    if not isinstance(row, dict):
        return ["row is not a JSON object"]
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append("text missing or empty")
    labels = row.get("labels")
    subs = row.get("subs", [])
    if not isinstance(labels, list) or not isinstance(subs, list):
        return problems + ["labels/subs must be lists"]
    if any(lab not in LABELS for lab in labels):
        problems.append(f"unknown label in {labels}")
    if labels != [lab for lab in LABELS if lab in labels]:
        problems.append("labels not in LABELS order or repeated")
    if any(s not in SUB_LABELS for s in subs):
        problems.append(f"unknown sub-category in {subs}")
    if "off_topic" in labels and len(labels) > 1:
        problems.append("off_topic together with another label")
    parents = {s.split("/", 1)[0] for s in subs}
    if parents - set(labels):
        problems.append(f"sub-category without its label: {sorted(parents - set(labels))}")
    if set(labels) - parents:
        problems.append(f"label without a sub-category: {sorted(set(labels) - parents)}")
    return problems


def count(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    labels = Counter(lab for r in rows for lab in r["labels"])
    subs = Counter(s for r in rows for s in r.get("subs", []))
    return {"rows": len(rows), "ok": sum(1 for r in rows if not r["labels"]),
            "labels": {lab: labels.get(lab, 0) for lab in LABELS},
            "subs": {s: subs.get(s, 0) for s in SUB_LABELS}}


def _shingles(texts: Sequence[str]) -> Any:
    from scipy import sparse

    vocab: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    for text in texts:
        t = normalize(text).text
        grams = {t[i:i + 3] for i in range(max(1, len(t) - 2))}
        indices += [vocab.setdefault(g, len(vocab)) for g in grams]
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(texts), max(1, len(vocab))))


def near_duplicate_pairs(a: Sequence[str], b: Sequence[str] | None = None,
                         threshold: float = NEAR_DUP_JACCARD,
                         chunk: int = 2000) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, jaccard)`` with 3-gram Jaccard >= threshold between ``a`` and ``b``
    (or within ``a``)."""
    same = b is None
    texts = list(a) + ([] if same else list(b))
    m = _shingles(texts)
    ma, mb = m[:len(a)], (m[:len(a)] if same else m[len(a):])
    size_a = np.asarray(ma.sum(axis=1)).ravel()
    size_b = np.asarray(mb.sum(axis=1)).ravel()
    mbt = mb.T.tocsc()
    pairs = []
    for start in range(0, ma.shape[0], chunk):
        inter = (ma[start:start + chunk] @ mbt).tocoo()
        for i, j, v in zip(inter.row, inter.col, inter.data, strict=True):
            gi = start + int(i)
            if same and gi >= j:
                continue
            jac = v / (size_a[gi] + size_b[j] - v)
            if jac >= threshold:
                pairs.append((gi, int(j), float(jac)))
    return pairs
