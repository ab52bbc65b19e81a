"""The fused label scores that ``classify`` compares with its thresholds, as arrays, for calibration and
model selection (``wxguard export --calibrate``, ``training/select_model.py``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..fuse import FORCE_SCORE
from ..guard import Guard, model_reads
from ..rules import run_rules
from ..taxonomy import LABELS

__all__ = ["fired_labels", "fused_scores"]


def fused_scores(guard: Guard, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``(scores, forced)``, each of shape ``(len(texts), len(LABELS))``: what ``classify`` compares with the
    thresholds, and whether a precise rule fires the label on its own (rule score >= ``FORCE_SCORE``).

    ``scores`` is the fused score where the model reads the message, and 0 where it does not (empty or
    binary-looking messages, ``wxguard.guard.model_reads``): there only precise rules fire, as in
    ``classify``.
    """
    verdicts = guard.classify_batch(list(texts))
    scores = np.array([[v.scores[k] for k in LABELS] for v in verdicts], dtype=np.float64)
    scores = scores.reshape(-1, len(LABELS))
    if guard.model is not None:
        scores[[not model_reads(t) for t in texts]] = 0.0
    forced = np.array([[run_rules(t, guard.lexicon).label_scores[k] >= FORCE_SCORE for k in LABELS]
                       for t in texts], dtype=bool).reshape(-1, len(LABELS))
    return scores, forced


def fired_labels(scores: np.ndarray, forced: np.ndarray, thresholds: Sequence[float]) -> np.ndarray:
    """Which labels fire, as ``fuse`` decides: forced, or score >= threshold (thresholds > 0); ``off_topic``
    (the last label) is residual, dropped when another label fires."""
    th = np.asarray(thresholds, dtype=np.float64)
    if (th <= 0).any():
        raise ValueError("thresholds must be > 0 (a score of 0 means the model did not read the message)")
    fired = forced | (np.asarray(scores, dtype=np.float64) >= th[None, :])
    fired[:, -1] &= ~fired[:, :-1].any(axis=1)
    return fired
