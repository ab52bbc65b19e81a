"""Multi-label metrics shared by training (dev), ``wxguard eval`` and the benchmarks (numpy only)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .taxonomy import LABELS, SUB_LABELS

__all__ = ["calibrate_thresholds", "multilabel_report", "prf"]


def prf(true: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    """Precision, recall, F1 and support of one binary column."""
    tp = float(np.sum(true & pred))
    fp = float(np.sum(~true & pred))
    fn = float(np.sum(true & ~pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": int(tp + fn),
            "predicted": int(tp + fp)}


def wilson_upper(successes: int, n: int, z: float = 1.6449) -> float:
    """One-sided upper confidence bound of a rate seen as ``successes / n`` (Wilson score; z = 1.6449: 95%).

    An ok-flagged rate measured on a few hundred ok messages is loose: 11 of 800 (1.4%) has a bound of 2.2%.
    """
    if n == 0:
        return 1.0
    p = successes / n
    centre = p + z * z / (2 * n)
    spread = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return float(min(1.0, (centre + spread) / (1 + z * z / n)))


def _check_gold(rows: Sequence[Sequence[str]], known: Sequence[str], name: str, kind: str) -> None:
    """Raise ``ValueError`` at the first row that is not a list of names from ``known`` (index, not text)."""
    allowed = frozenset(known)
    for i, row in enumerate(rows):
        if isinstance(row, str):  # "advertising" would otherwise be read as its letters
            raise ValueError(f"{name}[{i}] must be a sequence of {kind}s, not a string")
        unknown = [x for x in row if not isinstance(x, str) or x not in allowed]
        if unknown:
            raise ValueError(f"{name}[{i}]: unknown {kind}(s) {', '.join(sorted(set(map(repr, unknown))))}")


def multilabel_report(true_labels: Sequence[Sequence[str]], pred_labels: Sequence[Sequence[str]],
                      true_subs: Sequence[Sequence[str]] | None = None,
                      pred_subs: Sequence[Sequence[str]] | None = None) -> dict[str, Any]:
    """Per-label (and per-sub) P/R/F1, macro-F1, ok false-positive rate and a label confusion table.

    The confusion table counts, for each true label (or ``ok``), how often each label (or ``ok``) was
    predicted; a multi-label row counts once per (true, predicted) pair.

    A gold label outside ``LABELS`` (or a gold sub outside ``SUB_LABELS``) raises ``ValueError`` naming it and
    its row index: dropped silently, a misspelt label would turn its row into an ok row.
    """
    _check_gold(true_labels, LABELS, "true_labels", "label")
    if true_subs is not None:
        _check_gold(true_subs, SUB_LABELS, "true_subs", "sub-label")
    n = len(true_labels)
    t = np.array([[lab in row for lab in LABELS] for row in true_labels], dtype=bool).reshape(n, len(LABELS))
    p = np.array([[lab in row for lab in LABELS] for row in pred_labels], dtype=bool).reshape(n, len(LABELS))
    per_label = {lab: prf(t[:, i], p[:, i]) for i, lab in enumerate(LABELS)}
    ok_rows = ~t.any(axis=1)
    flagged = p.any(axis=1)
    report: dict[str, Any] = {
        "n": n,
        "macro_f1": round(float(np.mean([m["f1"] for m in per_label.values()])), 4),
        "ok_flagged_rate": round(float(flagged[ok_rows].mean()) if ok_rows.any() else 0.0, 4),
        "ok_rows": int(ok_rows.sum()),
        "ok_flagged_upper95": round(wilson_upper(int(flagged[ok_rows].sum()), int(ok_rows.sum())), 4),
        "exact_match": round(float((t == p).all(axis=1).mean()) if n else 0.0, 4),
        "labels": per_label,
    }
    names = (*LABELS, "ok")
    confusion = {a: dict.fromkeys(names, 0) for a in names}
    for i in range(n):
        ts = [LABELS[j] for j in range(len(LABELS)) if t[i, j]] or ["ok"]
        ps = [LABELS[j] for j in range(len(LABELS)) if p[i, j]] or ["ok"]
        for a in ts:
            for b in ps:
                confusion[a][b] += 1
    report["confusion"] = confusion
    if true_subs is not None and pred_subs is not None:
        ts_ = np.array([[s in row for s in SUB_LABELS] for row in true_subs], dtype=bool).reshape(n, -1)
        ps_ = np.array([[s in row for s in SUB_LABELS] for row in pred_subs], dtype=bool).reshape(n, -1)
        report["subs"] = {s: prf(ts_[:, i], ps_[:, i]) for i, s in enumerate(SUB_LABELS) if ts_[:, i].any()}
    return report


_GRID = tuple(np.round(np.arange(0.1, 0.96, 0.025), 3))


def calibrate_thresholds(probs: np.ndarray, targets: np.ndarray, mask: np.ndarray, *,
                         ok_rows: np.ndarray, ok_cap: float = 0.004, forced: np.ndarray | None = None,
                         grid: Sequence[float] = _GRID) -> list[float]:
    """Per-output threshold maximising F1 on supervised rows, subject to flagging at most ``ok_cap`` of ok
    rows.

    ``ok_rows`` marks fully annotated rows with no label (the cap applies to the five top-level outputs);
    outputs without positives in the data keep 0.5. ``forced`` (same shape as ``probs``, optional) marks
    outputs that fire whatever the threshold (a precise rule): they count as predicted in the F1, and the
    cap counts only the ok rows that the threshold itself flags (no threshold can unflag the others).
    """
    forced = np.zeros(probs.shape, dtype=bool) if forced is None else np.asarray(forced, dtype=bool)
    thresholds = []
    for j in range(probs.shape[1]):
        sel = mask[:, j] > 0
        y = targets[sel, j] > 0.5
        if y.sum() == 0:
            thresholds.append(0.5)
            continue
        best_t, best_f = 0.5, -1.0
        free_ok = ok_rows & ~forced[:, j]
        for thr in grid:
            pred = (probs[sel, j] >= thr) | forced[sel, j]
            if j < len(LABELS) and ok_rows.any() and \
                    float((probs[free_ok, j] >= thr).sum()) > ok_cap * float(ok_rows.sum()):
                continue
            f = prf(y, pred)["f1"]
            if f > best_f:
                best_t, best_f = float(thr), f
        if best_f < 0:  # no threshold meets the cap: take the strictest
            best_t = float(grid[-1])
        thresholds.append(best_t)
    return thresholds
