"""Fusion: rule evidence + model probabilities -> ``Verdict``.

- A rule score >= ``FORCE_SCORE`` (a checksummed ID, a Luhn-valid card, a private-key block, a precise
  lexicon term, several advertising signals together) fires its label on its own.
- Weaker rule scores raise the model's probability: ``p = 1 - (1 - p_model) * (1 - WEAK_WEIGHT * r)``.
- Allow-listed phrases have already removed their hits in the lexicon layer.
- ``off_topic`` is the residual label: it is dropped when any other label fires.
- Without a model (``rules_only``), a label fires when its rule score reaches ``FORCE_SCORE``.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .rules import RuleResult
from .taxonomy import FORCE_SCORE, LABELS, RESIDUAL_LABEL, SUB_LABELS, subs_of
from .verdict import Evidence, Verdict

__all__ = ["FORCE_SCORE", "WEAK_WEIGHT", "DEFAULT_SUB_THRESHOLD", "fuse"]

WEAK_WEIGHT = 0.5
DEFAULT_SUB_THRESHOLD = 0.5


def fuse(text: str, rules: RuleResult, probs: np.ndarray | None, thresholds: Mapping[str, float],
         sub_thresholds: Mapping[str, float]) -> Verdict:
    """Combine one message's rule result and (optional) model probability row into a verdict."""
    forced = {label for label, r in rules.label_scores.items() if r >= FORCE_SCORE}
    if probs is None:  # rules only: the rule scores are the scores
        scores = dict(rules.label_scores)
        sub_scores = dict(rules.sub_scores)
    else:
        scores = {label: max(r, 1.0 - (1.0 - float(probs[i])) * (1.0 - WEAK_WEIGHT * r))
                  for i, (label, r) in enumerate((label, rules.label_scores[label]) for label in LABELS)}
        offset = len(LABELS)
        sub_scores = {sub: max(r, 1.0 - (1.0 - float(probs[offset + j])) * (1.0 - WEAK_WEIGHT * r))
                      for j, (sub, r) in enumerate((sub, rules.sub_scores[sub]) for sub in SUB_LABELS)}

    fired = [label for label in LABELS if label in forced
             or (probs is not None and scores[label] >= thresholds.get(label, FORCE_SCORE))]
    if len(fired) > 1 and RESIDUAL_LABEL in fired:
        fired.remove(RESIDUAL_LABEL)

    subs: list[str] = []
    for label in fired:
        candidates = subs_of(label)
        chosen = [s for s in candidates
                  if sub_scores[s] >= (sub_thresholds.get(s, DEFAULT_SUB_THRESHOLD) if probs is not None
                                       else FORCE_SCORE)]
        if not chosen:  # the label fired on combined signals: name its strongest sub-category
            chosen = [max(candidates, key=lambda s: sub_scores[s])]
        subs += chosen

    evidence = [e for e in rules.evidence if e.label in fired]
    if probs is not None:
        for i, label in enumerate(LABELS):
            if label in fired and float(probs[i]) >= thresholds.get(label, FORCE_SCORE):
                top = max(subs_of(label), key=lambda s: sub_scores[s]).split("/", 1)[1]
                evidence.append(Evidence(label, top, 0, len(text), text, "model", "model", float(probs[i])))
    return Verdict(labels=tuple(fired), scores=scores, subs=tuple(subs), sub_scores=sub_scores,
                   evidence=tuple(evidence))
