"""``Guard``: owns the lexicon, the model and the thresholds; classifies messages and masks PII.

A Guard is safe to share between threads: classification changes no state but caches that are filled
lazily and whose racing writers store identical entries (per-character normalisation forms, compiled pattern
plans); the compiled lexicon is swapped atomically by ``reload_lexicons``; onnxruntime sessions allow
concurrent ``run``.
Processes: build one Guard per worker process (after the fork, or with the ``spawn`` start method);
building it before forking also works with the default ``threads=1`` and shares the model pages
copy-on-write (tested), but a Guard with ``threads > 1`` should be built after the fork.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .fuse import fuse
from .lexicon import ExtraLexicons, Lexicon
from .model import DEFAULT_MODEL_DIR, ModelLoadError, OnnxClassifier, looks_binary, reaction_only
from .normalize import normalize
from .rules import pii_spans, run_rules
from .taxonomy import LABELS, SUB_LABELS
from .verdict import Verdict

__all__ = ["Guard", "default_guard", "mask_text"]

DEFAULT_BATCH_SIZE = 64
# How much of each personal-data value stays visible when masking: (leading, trailing) alphanumerics.
# Secrets (``secret.*`` rules) keep nothing: every character of the value but spaces is masked.
_MASK_KEEP = {"pii.id_number": (6, 4), "pii.mobile": (3, 4), "pii.bank_card": (4, 4), "pii.email": (1, 0),
              "pii.home_address": (0, 0)}
_MASK_KEEP_DEFAULT = (0, 0)


def _check_text(text: object, where: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{where} must be str, not {type(text).__name__}")
    return text


def _materialise(extra_lexicons: ExtraLexicons) -> ExtraLexicons:
    """User lexicons with every term list read once into a tuple, so that a generator survives a reload."""
    if extra_lexicons is None or isinstance(extra_lexicons, (str, os.PathLike)):
        return extra_lexicons
    # A string value stays a string: ``Lexicon.default`` rejects it rather than reading it letter by letter.
    return {key: terms if isinstance(terms, str) else tuple(terms) for key, terms in extra_lexicons.items()}


def model_reads(text: str) -> bool:
    """Whether the model reads ``text``: not for empty or whitespace-only messages (ok, all scores 0), nor for
    binary-looking ones (``wxguard.model.looks_binary``: the model's scores on them are arbitrary) or bare
    reactions (``wxguard.model.reaction_only``: emoji and stickers, no word), which get the rules' verdict
    alone, as with ``rules_only``."""
    return bool(text.strip()) and not reaction_only(text) and not looks_binary(text)


class Guard:
    """A configured classifier.

    Args:
        model_dir: an exported wxguard model directory; default: the model shipped in the package.
            A missing, truncated or mismatched directory raises ``ModelLoadError`` naming the file.
        rules_only: skip the model (the explicit degraded mode: lexicons and patterns only).
        thresholds: per-label overrides of the model's calibrated thresholds; with ``rules_only`` they raise
            ``ValueError`` (the rules layer fires a label at its force score, never at a threshold).
        extra_lexicons: ``{"label/sub": [terms]}`` or a directory of ``label.sub.txt`` files.
        allow: phrases that suppress rule hits overlapping them.
        threads: onnxruntime intra-op threads (default ``WXGUARD_THREADS`` or 1).
    """

    def __init__(self, *, model_dir: str | os.PathLike | None = None, rules_only: bool = False,
                 thresholds: Mapping[str, float] | None = None, extra_lexicons: ExtraLexicons = None,
                 allow: Iterable[str] = (), threads: int | None = None) -> None:
        for key in thresholds or {}:
            if key not in LABELS and key not in SUB_LABELS:
                raise ValueError(f"unknown label in thresholds: {key!r}")
        if rules_only and thresholds:
            raise ValueError("thresholds apply to the model's scores, and rules_only=True has no model "
                             "(the rules fire a label at the force score): drop thresholds or rules_only")
        self.rules_only = rules_only
        self._extra_lexicons = _materialise(extra_lexicons)
        self._allow = tuple(allow) if not isinstance(allow, str) else allow
        self.lexicon = Lexicon.default(self._extra_lexicons, self._allow)
        self.model: OnnxClassifier | None = None
        if not rules_only:
            path = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
            # No silent fallback to the rules layer: it would change verdicts without anyone asking.
            if model_dir is None and not (path / "config.json").exists():
                raise ModelLoadError(f"no model is installed at {path} (config.json not found): reinstall "
                                     "wxguard, pass model_dir=..., or use rules_only=True (rules layer only)")
            self.model = OnnxClassifier(path, threads=threads)
        base = dict(self.model.config.thresholds) if self.model else {}
        sub_base = dict(self.model.config.sub_thresholds) if self.model else {}
        for key, value in (thresholds or {}).items():
            (base if key in LABELS else sub_base)[key] = float(value)
        self.thresholds = base
        self.sub_thresholds = sub_base

    def reload_lexicons(self, extra_lexicons: ExtraLexicons = None,
                        allow: Iterable[str] | None = None) -> None:
        """Rebuild the lexicons (shipped + user) without restarting; in-flight calls finish on the old one.

        ``None`` keeps the current user lexicons or allow-list. A reload that raises (a bad entry) leaves the
        Guard as it was: the old lexicons stay in use, and later reloads start from them.
        """
        extra = self._extra_lexicons if extra_lexicons is None else _materialise(extra_lexicons)
        allowed = self._allow
        if allow is not None:
            allowed = tuple(allow) if not isinstance(allow, str) else allow
        lexicon = Lexicon.default(extra, allowed)
        self._extra_lexicons, self._allow, self.lexicon = extra, allowed, lexicon

    def classify(self, text: str) -> Verdict:
        """Classify one message."""
        return self.classify_batch([_check_text(text)])[0]

    def classify_batch(self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> list[Verdict]:
        """Classify many messages; the result has the same length and order as ``texts``."""
        if isinstance(texts, (str, bytes, bytearray)):
            raise TypeError(f"classify_batch expects a sequence of str, not a single {type(texts).__name__}")
        items = list(texts)
        for i, text in enumerate(items):
            _check_text(text, f"texts[{i}]")
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        lexicon = self.lexicon  # one snapshot for the whole call, even if reloaded meanwhile
        out: list[Verdict] = []
        for start in range(0, len(items), batch_size):
            out += self._classify_chunk(items[start:start + batch_size], lexicon)
        return out

    def _classify_chunk(self, items: list[str], lexicon: Lexicon) -> list[Verdict]:
        live = [i for i, t in enumerate(items) if t.strip()]
        results = {i: run_rules(items[i], lexicon) for i in live}
        read = [i for i in live if model_reads(items[i])] if self.model is not None else []
        probs = None
        if read:
            # The rules already normalised each message; the model reads that text when it was trained so.
            norm = [results[i].normalized.text for i in read]
            wxnorm = self.model.input_normalization == "wxguard"
            probs = self.model.predict(norm if wxnorm else [items[i] for i in read], normalized=norm)
        row = {i: k for k, i in enumerate(read)}
        out: list[Verdict] = []
        for i, text in enumerate(items):
            if i not in results:
                out.append(Verdict.empty())
                continue
            p = probs[row[i]] if probs is not None and i in row else None
            out.append(fuse(text, results[i], p, self.thresholds, self.sub_thresholds))
        return out

    def mask(self, text: str) -> str:
        """``text`` with personal data and secrets masked by ``*`` (see ``mask_text``)."""
        return mask_text(text)


def mask_text(text: str) -> str:
    """``text`` with personal data and secrets masked by ``*``; length and other characters unchanged.

    Personal data: letters and digits become ``*``, but for a few that stay visible (``110105********002X``,
    ``139-****-5678``, ``z*******@qq.com``: the name of an email, whatever form its ``@`` takes; only the
    numbers of a home address). Secrets (passwords, tokens, keys): every character of the value but spaces
    becomes ``*`` (``密码: ********``); the keyword before it stays.
    """
    _check_text(text)
    chars = list(text)
    for start, end, rule in pii_spans(text):
        if rule.startswith("secret."):
            for k in _secret_positions(text, start, end, rule):
                chars[k] = "*"
            continue
        keep_head, keep_tail = _MASK_KEEP.get(rule, _MASK_KEEP_DEFAULT)
        positions = [k for k in range(start, end) if text[k].isalnum()]
        if rule == "pii.email":
            at = _email_at(text, start, end)
            positions = [k for k in positions if k < at]
        elif rule == "pii.home_address":
            positions = [k for k in positions if text[k].isdigit()]
        for k in positions[keep_head: len(positions) - keep_tail]:
            chars[k] = "*"
    return "".join(chars)


def _email_at(text: str, start: int, end: int) -> int:
    """Where the ``@`` of the email ``text[start:end]`` is, in any form that normalises to it (``＠``,
    ``﹫``): found on the normalised span and mapped back through the offset map. ``end`` if there is none,
    so that the whole address is masked rather than none of it."""
    piece = normalize(text[start:end])
    i = piece.text.find("@")
    return start + piece.span(i, i + 1)[0] if i >= 0 else end


def _secret_positions(text: str, start: int, end: int, rule: str) -> list[int]:
    """Every non-space position of a secret's value; ``Bearer <token>`` keeps its keyword visible."""
    if rule == "secret.bearer":
        spaces = [k for k in range(start, end) if text[k].isspace()]
        if spaces:
            start = spaces[-1] + 1
    return [k for k in range(start, end) if not text[k].isspace()]


_default: Guard | None = None
_default_lock = threading.Lock()


def default_guard() -> Guard:
    """The process-wide default Guard, created lazily and once (thread-safe)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Guard()
    return _default
