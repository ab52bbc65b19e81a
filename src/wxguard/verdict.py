"""Frozen result types: ``Evidence`` (one finding) and ``Verdict`` (the answer for one message)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .taxonomy import CATEGORIES, LABELS, SUB_LABELS

__all__ = ["Evidence", "Verdict"]

SOURCES = ("lexicon", "pattern", "model")


@dataclass(frozen=True)
class Evidence:
    """Why a label fired: a span of the caller's original text and the rule that matched it.

    ``start``/``end`` are offsets into the string passed to ``classify``
    (``text[start:end] == evidence.text``).
    Model evidence covers the whole message (``start=0, end=len(text)``) with ``rule="model"``.
    """

    label: str
    sub: str | None
    start: int
    end: int
    text: str
    source: str
    rule: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "sub": self.sub,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "source": self.source,
            "rule": self.rule,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Verdict:
    """The moderation verdict for one message.

    ``labels`` are top-level labels in ``LABELS`` order (empty = ok); ``subs`` are ``"label/sub"`` names;
    ``scores``/``sub_scores`` hold a 0..1 score for every label / sub-category; ``clauses`` are the regulation
    references of the labels that fired.
    """

    labels: tuple[str, ...]
    scores: dict[str, float]
    subs: tuple[str, ...] = ()
    sub_scores: dict[str, float] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.labels

    @property
    def clauses(self) -> tuple[dict[str, str], ...]:
        return tuple(clause.to_dict() for label in self.labels for clause in CATEGORIES[label].clauses)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "labels": list(self.labels),
            "subs": list(self.subs),
            "scores": {k: round(self.scores.get(k, 0.0), 4) for k in LABELS},
            "sub_scores": {k: round(self.sub_scores.get(k, 0.0), 4) for k in SUB_LABELS},
            "evidence": [e.to_dict() for e in self.evidence],
            "clauses": list(self.clauses),
        }

    @classmethod
    def empty(cls) -> Verdict:
        """An ok verdict with all scores at zero (empty or whitespace-only input)."""
        return cls(labels=(), scores=dict.fromkeys(LABELS, 0.0), sub_scores=dict.fromkeys(SUB_LABELS, 0.0))
