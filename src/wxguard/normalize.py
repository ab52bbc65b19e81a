"""Anti-evasion normalisation with an offset map back to the caller's text.

One pass turns ``"加薇❤: ａｂｃ１２３，賭 博"`` into ``"加微信: abc123,赌博"`` and remembers, for every
character of the normalised string, which span of the original it came from, so that evidence found on
the normalised text can always be reported against the caller's string.

Steps (data tables live in ``lexicons/variants.tsv``; code only applies them):

1. traditional -> simplified (OpenCC ``t2s``), NFKC (full-width -> half-width, circled / styled digits,
   squared ideographs such as 🈷 -> 月), lower case;
2. zero-width characters, variation selectors and combining marks are dropped;
3. separator runs (spaces, ``*``, ``.``, symbols, emoji; at most 3) between two CJK characters are dropped,
   so ``赌 博`` / ``賭*博`` / ``赌.博`` all read ``赌博``;
4. Chinese numerals inside digit runs become digits (``幺三八`` -> ``138``);
5. homophone, pinyin and emoji spellings of high-value terms become the plain form
   (``薇信`` / ``V信`` / ``vx`` -> ``微信``); ASCII spellings only match on alphanumeric boundaries.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick
import opencc

__all__ = ["Normalized", "ascii_boundary_ok", "normalize"]

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f")
# Characters that evaders insert between CJK characters; common sentence punctuation (,!?;:) is left alone
# so that ordinary clause boundaries are not glued together.
_SPACER_ASCII = frozenset(" \t\r\n\u3000*#@$%^&_-+=~|/\\.·•'\"`<>()[]{}")
_MAX_SPACER_RUN = 3
_ZH_DIGITS = {"〇": "0", "零": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_MIN_DIGIT_RUN = 7  # a run this long of digits / Chinese numerals is a number (phone, QQ, ID), not words


@dataclass(frozen=True)
class Normalized:
    """A normalised string; ``starts[i]:ends[i]`` is the original span of normalised character ``i``."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to the caller's original text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF or 0xF900 <= o <= 0xFAFF


def _is_spacer(ch: str) -> bool:
    if ch in _SPACER_ASCII:
        return True
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Zs", "Co", "Cs")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _variants() -> ahocorasick.Automaton:
    """The spelling-variant automaton (variant -> canonical) from ``lexicons/variants.tsv``."""
    automaton = ahocorasick.Automaton()
    text = resources.files("wxguard").joinpath("lexicons/variants.tsv").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        variant, canonical = line.split("\t")[:2]
        variant = _char_pass(variant)[0]
        automaton.add_word(variant, (len(variant), canonical, variant.isascii()))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=65536)
def _char_form(ch: str) -> str:
    """NFKC + lower case of one (already simplified) character; '' for characters that are dropped."""
    if ch in _ZERO_WIDTH:
        return ""
    o = ord(ch)
    if 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF or o == 0x20E3:
        return ""
    out = unicodedata.normalize("NFKC", ch).lower()
    return "".join(c for c in out if c not in _ZERO_WIDTH and unicodedata.category(c) != "Mn")


def _char_pass(text: str) -> tuple[str, list[int], list[int]]:
    """Steps 1-3: per-character forms and spacer removal between CJK characters."""
    simplified = _t2s().convert(text)
    if len(simplified) != len(text):  # a phrase conversion changed the length: keep offsets exact instead
        simplified = text
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending: list[tuple[str, int]] = []  # spacer characters waiting to see what follows them
    for i, ch in enumerate(simplified):
        form = _char_form(ch)
        if not form:
            continue
        if len(form) == 1 and _is_spacer(form) and chars and _is_cjk(chars[-1]):
            pending.append((form, i))
            continue
        if pending:
            glue = len(pending) <= _MAX_SPACER_RUN and _is_cjk(form[0])
            if not glue:
                for f, j in pending:
                    chars.append(f)
                    starts.append(j)
                    ends.append(j + 1)
            pending.clear()
        for c in form:
            chars.append(c)
            starts.append(i)
            ends.append(i + 1)
    for f, j in pending:
        chars.append(f)
        starts.append(j)
        ends.append(j + 1)
    return "".join(chars), starts, ends


def _digit_runs(chars: list[str]) -> None:
    """Step 4, in place: Chinese numerals inside long digit runs become ASCII digits."""
    n = len(chars)
    i = 0
    while i < n:
        if chars[i].isdigit() or chars[i] in _ZH_DIGITS:
            j = i
            while j < n and (chars[j].isdigit() or chars[j] in _ZH_DIGITS):
                j += 1
            run = chars[i:j]
            if any(c in _ZH_DIGITS for c in run) and (j - i >= _MIN_DIGIT_RUN or ("幺" in run and j - i >= 3)):
                for k in range(i, j):
                    chars[k] = _ZH_DIGITS.get(chars[k], chars[k])
            i = j
        else:
            i += 1


def ascii_boundary_ok(text: str, start: int, end: int) -> bool:
    """True unless ``text[start:end]`` touches an ASCII letter or digit on either side."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and return it with its offset map (see the module docstring)."""
    base, starts, ends = _char_pass(text)
    chars = list(base)
    _digit_runs(chars)
    base = "".join(chars)
    automaton = _variants()
    out_chars: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    # Leftmost-longest, non-overlapping replacement of spelling variants.
    matches: dict[int, tuple[int, str]] = {}
    for end_idx, (length, canonical, ascii_only) in automaton.iter(base):
        start = end_idx - length + 1
        if ascii_only and not ascii_boundary_ok(base, start, end_idx + 1):
            continue
        best = matches.get(start)
        if best is None or length > best[0]:
            matches[start] = (length, canonical)
    i = 0
    n = len(base)
    while i < n:
        hit = matches.get(i)
        if hit is not None:
            length, canonical = hit
            o_start, o_end = starts[i], ends[i + length - 1]
            for c in canonical:
                out_chars.append(c)
                out_starts.append(o_start)
                out_ends.append(o_end)
            i += length
            continue
        out_chars.append(base[i])
        out_starts.append(starts[i])
        out_ends.append(ends[i])
        i += 1
    return Normalized("".join(out_chars), tuple(out_starts), tuple(out_ends))
