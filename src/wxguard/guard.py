"""``Guard``: owns the lexicon, the model and the thresholds; classifies messages and masks PII.

A Guard is safe to share between threads: classification reads immutable state only (the compiled
lexicon is swapped atomically by ``reload_lexicons``; onnxruntime sessions allow concurrent ``run``).
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
from .rules import pii_spans, run_rules
from .taxonomy import LABELS, SUB_LABELS
from .verdict import Verdict

__all__ = ["Guard", "default_guard", "mask_text"]

DEFAULT_BATCH_SIZE = 64
# How much of each PII value stays visible when masking: (leading, trailing) alphanumerics.
_MASK_KEEP = {"pii.id_number": (6, 4), "pii.mobile": (3, 4), "pii.bank_card": (4, 4), "pii.email": (1, 0),
              "pii.home_address": (0, 0)}
_MASK_KEEP_DEFAULT = (2, 0)


def _check_text(text: object, where: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{where} must be str, not {type(text).__name__}")
    return text


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
        thresholds: per-label overrides of the model's calibrated thresholds.
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
        self.rules_only = rules_only
        self._extra_lexicons = extra_lexicons
        self._allow = tuple(allow) if not isinstance(allow, str) else allow
        self.lexicon = Lexicon.default(extra_lexicons, self._allow)
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
        """Rebuild the lexicons (shipped + user) without restarting; in-flight calls finish on the old one."""
        if extra_lexicons is not None:
            self._extra_lexicons = extra_lexicons
        if allow is not None:
            self._allow = tuple(allow) if not isinstance(allow, str) else allow
        self.lexicon = Lexicon.default(self._extra_lexicons, self._allow)

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
    """``text`` with personal data and secrets masked by ``*``; length and other characters unchanged."""
    _check_text(text)
    chars = list(text)
    for start, end, rule in pii_spans(text):
        keep_head, keep_tail = _MASK_KEEP.get(rule, _MASK_KEEP_DEFAULT)
        positions = [k for k in range(start, end) if chars[k].isalnum()]
        if rule == "pii.email":
            at = text.find("@", start, end)
            positions = [k for k in positions if k < at]
        elif rule == "pii.home_address":
            positions = [k for k in positions if chars[k].isdigit()]
        for k in positions[keep_head: len(positions) - keep_tail]:
            chars[k] = "*"
    return "".join(chars)


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
