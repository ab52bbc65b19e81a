"""The fused label scores that ``classify`` compares with its thresholds, as arrays, for calibration and
model selection (``wxguard export --calibrate``, ``training/select_model.py``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..fuse import FORCE_SCORE
from ..guard import Guard
from ..rules import run_rules
from ..taxonomy import LABELS

__all__ = ["fired_labels", "fused_scores"]


def fused_scores(guard: Guard, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``(scores, forced)``, each of shape ``(len(texts), len(LABELS))``: the fused score of every label and
    whether a precise rule fires it on its own (rule score >= ``FORCE_SCORE``)."""
    verdicts = guard.classify_batch(list(texts))
    scores = np.array([[v.scores[k] for k in LABELS] for v in verdicts], dtype=np.float32)
    scores = scores.reshape(-1, len(LABELS))
    forced = np.array([[run_rules(t, guard.lexicon).label_scores[k] >= FORCE_SCORE for k in LABELS]
                       for t in texts], dtype=bool).reshape(-1, len(LABELS))
    return scores, forced


def fired_labels(scores: np.ndarray, forced: np.ndarray, thresholds: Sequence[float]) -> np.ndarray:
    """Which labels fire, as ``fuse`` decides: forced, or score >= threshold; ``off_topic`` (the last label)
    is residual, dropped when another label fires."""
    fired = forced | (scores >= np.asarray(thresholds, dtype=np.float32)[None, :])
    fired[:, -1] &= ~fired[:, :-1].any(axis=1)
    return fired
