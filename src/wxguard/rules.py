"""The rules layer: normalise, run lexicons, PII patterns and advertising signals, return evidence and scores.

Scores combine like independent signals (noisy-OR over distinct rules): one weak advertising signal
(a URL, ``私聊``) stays low, several together add up, and one precise hit (a checksummed ID number, a
lexicon term with score 0.9) is enough on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .normalize import Normalized, normalize
from .pii import PiiMatch, Recognizer, find_pii
from .taxonomy import LABELS, SUB_LABELS
from .verdict import Evidence

__all__ = ["RuleResult", "SIGNALS", "pii_spans", "run_rules"]

# Advertising signals that are patterns rather than words; each is weak on its own.
SIGNALS: tuple[Recognizer, ...] = (
    Recognizer("signal.url", "advertising", "lead_gen",
               re.compile(r"(?:https?://|www\.)[0-9a-z\-._~:/?#\[\]@!$&'()*+,;=%]{3,200}"), 0.3),
    Recognizer("signal.short_link", "advertising", "lead_gen",
               re.compile(r"(?<![0-9a-z])(?:t\.cn|dwz\.cn|url\.cn|suo\.im|bit\.ly|tinyurl\.com|is\.gd|w\.url\.cn)"
                          r"/[0-9a-z]{2,16}"), 0.5),
    Recognizer("signal.wechat_id", "advertising", "lead_gen",
               re.compile(r"(?:微信号?|wxid|v号)\s{0,2}[:：]?\s{0,2}(?:wxid_)?[a-z][a-z0-9_-]{5,19}(?![a-z0-9_-])"), 0.55),
    Recognizer("signal.qq_id", "advertising", "lead_gen",
               re.compile(r"qq(?:号|群)?\s{0,2}[:：]?\s{0,2}[1-9]\d{4,10}(?!\d)"), 0.55),
    Recognizer("signal.money_promise", "advertising", "black_market",
               re.compile(r"(?:日|月|周|天)(?:赚|入|结|收入)\s{0,2}(?:\d{2,6}|过万|上万|几千|几百)"), 0.55),
)


@dataclass(frozen=True)
class RuleResult:
    evidence: tuple[Evidence, ...]
    sub_scores: dict[str, float]
    label_scores: dict[str, float]
    normalized: Normalized


def _noisy_or(scores: list[float]) -> float:
    miss = 1.0
    for s in scores:
        miss *= 1.0 - s
    return 1.0 - miss


def _signal_matches(text: str) -> list[PiiMatch]:
    out = []
    for rec in SIGNALS:
        for m in rec.pattern.finditer(text):
            out.append(PiiMatch(rec.rule, rec.label, rec.sub, m.start(), m.end(), rec.score, False))
    return out


def run_rules(original: str, lexicon: Lexicon) -> RuleResult:
    """Run every rule on ``original`` and report evidence with spans into ``original``."""
    norm = normalize(original)
    text = norm.text
    evidence: list[Evidence] = []
    per_sub: dict[str, dict[str, float]] = {}
    per_label: dict[str, dict[str, float]] = {}

    def add(label: str, sub: str | None, start: int, end: int, source: str, rule: str, score: float) -> None:
        o_start, o_end = norm.span(start, end)
        evidence.append(Evidence(label, sub, o_start, o_end, original[o_start:o_end], source, rule, score))
        key = f"{label}/{sub}" if sub else None
        if key:
            bucket = per_sub.setdefault(key, {})
            bucket[rule] = max(bucket.get(rule, 0.0), score)
        lab = per_label.setdefault(label, {})
        lab[rule] = max(lab.get(rule, 0.0), score)

    for hit in lexicon.find(text):
        label, sub = hit.entry.sub_label.split("/", 1)
        add(label, sub, hit.start, hit.end, "lexicon", hit.entry.rule, hit.entry.score)
    for m in find_pii(text) + _signal_matches(text):
        add(m.label, m.sub, m.start, m.end, "pattern", m.rule, m.score)

    sub_scores = dict.fromkeys(SUB_LABELS, 0.0)
    for key, rules in per_sub.items():
        sub_scores[key] = _noisy_or(list(rules.values()))
    label_scores = dict.fromkeys(LABELS, 0.0)
    for label, rules in per_label.items():
        label_scores[label] = _noisy_or(list(rules.values()))
    evidence.sort(key=lambda e: (e.start, e.end, e.label))
    return RuleResult(tuple(evidence), sub_scores, label_scores, norm)


def pii_spans(original: str) -> list[tuple[int, int, str]]:
    """Maskable PII spans of ``original`` as ``(start, end, rule)``, for ``wxguard.mask``."""
    norm = normalize(original)
    out = []
    for m in find_pii(norm.text):
        if m.maskable and (m.label == "privacy" or m.sub == "credentials"):
            start, end = norm.span(m.start, m.end)
            out.append((start, end, m.rule))
    return out
