"""Anti-evasion normalisation with an offset map back to the caller's text.

One pass turns ``"加薇❤: ａｂｃ１２３，賭 博"`` into ``"加微信: abc123,赌博"`` and remembers, for every
character of the normalised string, which span of the original it came from, so that evidence found on
the normalised text can always be reported against the caller's string.

Steps (data tables live in ``lexicons/variants.tsv``; code only applies them):

1. traditional -> simplified (OpenCC ``t2s``), NFKC (full-width -> half-width, circled / styled digits,
   squared ideographs such as 🈷 -> 月), lower case;
2. zero-width and control characters (but tab and line breaks), variation selectors and combining marks
   are dropped;
3. separator runs (spaces, ``*``, ``.``, symbols, emoji; at most 3) between two CJK characters are dropped,
   so ``赌 博`` / ``賭*博`` / ``赌.博`` all read ``赌博``;
4. Chinese numerals inside digit runs become digits (``幺三八`` -> ``138``);
5. homophone, pinyin and emoji spellings of high-value terms become the plain form
   (``薇信`` / ``V信`` / ``vx`` -> ``微信``); ASCII spellings only match on alphanumeric boundaries.
   A single symbol that stands for a character (``💰`` -> ``钱``, ``✉`` -> ``信``) is replaced in step 1,
   before step 3 would drop it as a separator.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick
import opencc

__all__ = ["CONTROL_CHARS", "Normalized", "ascii_boundary_ok", "normalize"]

# Control characters (C0 / C1) other than tab and line breaks: invisible, so dropped like zero-width ones.
# The model (``wxguard.model``) strips the same set from its input.
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
                        "\u00ad\u180e\u034f")
# Characters that evaders insert between CJK characters; common sentence punctuation (,!?;:) is left alone
# so that ordinary clause boundaries are not glued together, and so is the straight double quote: people
# type it to quote a word (骂他"脑残"), and the lexicon must see the quotation to treat the word as mentioned.
_SPACER_ASCII = frozenset(" \t\r\n\u3000*#@$%^&_-+=~|/\\.·•'`<>()[]{}")
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
def _variant_table() -> tuple[tuple[str, str], ...]:
    """(variant, canonical) pairs of ``lexicons/variants.tsv``."""
    text = resources.files("wxguard").joinpath("lexicons/variants.tsv").read_text("utf-8")
    pairs = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            variant, canonical = line.split("\t")[:2]
            pairs.append((variant, canonical))
    return tuple(pairs)


def _is_symbol_variant(variant: str, canonical: str) -> bool:
    """A single symbol standing for one character (``💰`` -> ``钱``, ``✉`` -> ``信``)."""
    return len(variant) == 1 == len(canonical) and not variant.isalnum() and not _is_cjk(variant)


@lru_cache(maxsize=1)
def _symbol_forms() -> dict[str, str]:
    """Symbol variants, applied per character before spacer removal (which would drop the symbol)."""
    return {v: c for v, c in _variant_table() if _is_symbol_variant(v, c)}


@lru_cache(maxsize=1)
def _variants() -> ahocorasick.Automaton:
    """The spelling-variant automaton (variant -> canonical) from ``lexicons/variants.tsv``."""
    automaton = ahocorasick.Automaton()
    for variant, canonical in _variant_table():
        if _is_symbol_variant(variant, canonical):
            continue
        variant = _char_pass(variant)[0]
        automaton.add_word(variant, (len(variant), canonical, variant.isascii()))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=65536)
def _char_form(ch: str) -> str:
    """NFKC + lower case of one (already simplified) character; '' for characters that are dropped."""
    if ch in _ZERO_WIDTH or CONTROL_CHARS.match(ch):
        return ""  # invisible
    symbol = _symbol_forms().get(ch)
    if symbol is not None:
        return symbol
    o = ord(ch)
    if 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF or o == 0x20E3:
        return ""
    out = unicodedata.normalize("NFKC", ch).lower()
    return "".join(c for c in out if c not in _ZERO_WIDTH and unicodedata.category(c) != "Mn")


# Per-character forms learnt so far, as a ``str.translate`` table, so that the common case (every character
# maps to exactly one character) runs in C. Characters that are dropped or expand (``㎡`` -> ``m2``) change
# the offsets and take the per-character path. Filled lazily; a race only recomputes an identical entry.
# Characters that map to themselves are remembered up to ``_SEEN_CAP`` of them (a stream of junk would
# otherwise cache every code point, about 140 MB); beyond that their form is recomputed each time they are
# met. Characters whose form differs are always remembered (Unicode has a bounded number of them).
_SEEN_CAP = 1 << 16
_SEEN: set[str] = set()
_TABLE: dict[int, str] = {}
_RESHAPING: set[str] = set()

_CJK_CLASS = "\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff\uf900-\ufaff"
# Candidate spacer runs between two CJK characters; each character is then checked with ``_is_spacer``.
# Sentence punctuation that is never a spacer is left out so that ordinary commas cost nothing.
_GLUE_CANDIDATE = re.compile(rf"(?<=[{_CJK_CLASS}])(?:[^\w,!?;:。、“”‘’《》【】…—]|_){{1,{_MAX_SPACER_RUN}}}"
                             rf"(?=[{_CJK_CLASS}])")
# Characters ``str.isdigit`` accepts beyond ``\d`` that survive NFKC (superscripts, circled and other digits).
_OTHER_DIGITS = ("\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468"
                 "\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792"
                 "\U00010a40-\U00010a43\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a")
_DIGIT_RUN = re.compile(rf"[\d{_OTHER_DIGITS}{''.join(_ZH_DIGITS)}]{{3,}}")
_ZH_DIGIT_TABLE = str.maketrans(_ZH_DIGITS)


def _simplify(text: str) -> str:
    """Step 1a: traditional -> simplified, keeping one character per character."""
    if text.isascii():
        return text
    try:
        simplified = _t2s().convert(text)
    except UnicodeEncodeError:  # lone surrogates (e.g. from JSON "\ud800") are not UTF-8: stand in U+FFFD
        simplified = _t2s().convert("".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text))
    if len(simplified) != len(text):  # a phrase conversion changed the length: keep offsets exact instead
        simplified = text
    return simplified


def _learn(text: str) -> None:
    if _SEEN.issuperset(text):
        return
    for ch in set(text) - _SEEN:
        form = _char_form(ch)
        if len(form) != 1:
            _RESHAPING.add(ch)
        elif form != ch:
            _TABLE[ord(ch)] = form
        elif len(_SEEN) >= _SEEN_CAP:
            continue  # maps to itself: nothing to store, and the cache is full
        _SEEN.add(ch)


def _char_pass(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """Steps 1-3: per-character forms and spacer removal between CJK characters.

    Returns the text with its start / end offsets, or ``None`` offsets when every character maps to one
    character in place (the common case, kept cheap).
    """
    simplified = _simplify(text)
    _learn(simplified)
    if not _RESHAPING.isdisjoint(simplified):
        return _char_pass_slow(simplified)
    base = simplified.translate(_TABLE)
    glued = [m.span() for m in _GLUE_CANDIDATE.finditer(base) if all(map(_is_spacer, m.group()))]
    if not glued:
        return base, None, None
    # Keep the other positions in one pass (deleting run by run is quadratic in long messages).
    drop = bytearray(len(base))
    for a, b in glued:
        drop[a:b] = b"\x01" * (b - a)
    starts = [i for i in range(len(base)) if not drop[i]]
    return "".join(base[i] for i in starts), starts, [i + 1 for i in starts]


def _char_pass_slow(simplified: str) -> tuple[str, list[int], list[int]]:
    """Steps 1-3 one character at a time, for text with characters that are dropped or expand."""
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


def _digit_runs(text: str) -> str:
    """Step 4: Chinese numerals inside long digit runs become ASCII digits (same length)."""
    if not _DIGIT_RUN.search(text):
        return text
    parts: list[str] = []
    last = 0
    for m in _DIGIT_RUN.finditer(text):
        run = m.group()
        converted = run.translate(_ZH_DIGIT_TABLE)
        if converted != run and (len(run) >= _MIN_DIGIT_RUN or "幺" in run):
            parts.append(text[last:m.start()])
            parts.append(converted)
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def ascii_boundary_ok(text: str, start: int, end: int) -> bool:
    """True unless ``text[start:end]`` touches an ASCII letter or digit on either side."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and return it with its offset map (see the module docstring)."""
    base, starts, ends = _char_pass(text)
    base = _digit_runs(base)
    if starts is None or ends is None:
        starts, ends = list(range(len(base))), list(range(1, len(base) + 1))
    # Leftmost-longest, non-overlapping replacement of spelling variants.
    matches: dict[int, tuple[int, str]] = {}
    for end_idx, (length, canonical, ascii_only) in _variants().iter(base):
        start = end_idx - length + 1
        if ascii_only and not ascii_boundary_ok(base, start, end_idx + 1):
            continue
        best = matches.get(start)
        if best is None or length > best[0]:
            matches[start] = (length, canonical)
    if not matches:
        return Normalized(base, tuple(starts), tuple(ends))
    pieces: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    i = 0
    for start in sorted(matches):
        if start < i:
            continue
        length, canonical = matches[start]
        pieces.append(base[i:start])
        out_starts += starts[i:start]
        out_ends += ends[i:start]
        pieces.append(canonical)
        out_starts += [starts[start]] * len(canonical)
        out_ends += [ends[start + length - 1]] * len(canonical)
        i = start + length
    pieces.append(base[i:])
    out_starts += starts[i:]
    out_ends += ends[i:]
    return Normalized("".join(pieces), tuple(out_starts), tuple(out_ends))
