"""Category lexicons and allow-lists, matched with Aho-Corasick over normalised text.

Lexicon files live in ``wxguard/lexicons/<label>.<sub>.txt``: one entry a line, ``#`` comments, optional
tab-separated options after the term:

``score=0.9``      confidence that a hit means the sub-category, in [0, 1] (default 0.9; >= the force
                   threshold lets the rules layer fire the label on its own, lower scores are weak signals)
``ctx=a|b|c``      the hit counts only if one of these words occurs within ``CONTEXT_WINDOW`` characters
``not=a|b``        the hit is cancelled when one of these longer words covers it (``赌`` inside ``赌气``)

The shipped lists are curated for workplace chat: a term that is also ordinary work language (``木马`` in
an IT notice, ``私聊`` after a meeting) gets a ``ctx=`` or ``not=`` constraint or a score below the force
threshold, so that only unmistakable wording decides alone and weak words have to add up.

``allow.txt`` lists compliant phrases (``反诈``, ``禁毒宣传``, ``请注意保密``) with ``scope=span`` (default:
suppress hits overlapping the phrase) or ``scope=message`` (suppress hits of ``labels=a,b`` in the whole
message): campaign, warning and rule-reminder wording names the very terms the lexicons look for. An
entry that begins or ends with an ASCII letter or digit only matches on an alphanumeric boundary at that
end, so ``sb`` does not fire inside ``usb`` and ``出k`` not inside ``出kpi``.

A term inside quotation marks (``不要参与“押注”``) is usually being talked about rather than used, so a
quoted hit keeps only ``QUOTED_FACTOR`` of its score: it still adds up, but no longer decides on its own.
The same holds for an ``illegal_vulgar`` or ``advertising`` term next to a warning or a report in the same
sentence (``别自己装破解版``, ``刷好评的我拉黑了``, ``能代开发票吗？不能！``; ``WARNING_CUES``): the
model then decides. Confidential and personal data stay leaks whatever surrounds them.
"""

from __future__ import annotations

import math
import os
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import ahocorasick

from .normalize import normalize
from .taxonomy import SUB_LABELS, label_of

__all__ = ["AllowEntry", "Entry", "Hit", "Lexicon", "inside_quotation", "load_entries"]

DEFAULT_SCORE = 0.9
CONTEXT_WINDOW = 24
QUOTED_FACTOR = 0.6
_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"'}
# Words of someone warning against, refusing or reporting the thing a term names. Deliberately specific:
# spam says "不要押金" and "不是骗子", which are not here.
WARNING_CUES = (
    "不要下载", "不要点", "不要加", "不要信", "不要理", "不要转", "不要参与", "不要相信", "不要自己",
    "别加", "别理", "别点", "别信", "别装", "别下载", "别进", "别转", "别上当",
    "别自己", "勿加", "勿点", "勿信", "严禁", "禁止", "不得", "不准", "不许",
    "不可以", "不能!", "不能代", "拒绝了", "拉黑", "举报", "已删", "删了", "删除了",
    "移出", "踢了", "踢出", "报警", "封禁", "谨防", "警惕", "防范", "提防",
    "当心", "就是骗", "这是骗", "是个骗", "骗人的", "上当受骗", "科普", "谐音",
    "都是骗", "属于诈骗", "请勿", "勿转", "不用理", "唔好信",
)
# "X是诈骗" / "是骗子" / "是骗局" warn (so 就是诈骗, 这是诈骗, 都是诈骗 need no cue of their own),
# "不是骗子" (a spammer's reassurance) does not.
_WARNING_PATTERN = re.compile("(?<!不)是(?:诈骗|骗子|骗局)")
_WARNED_LABELS = ("illegal_vulgar", "advertising")
_SENTENCE_END = "。！？!?\n；;"
_MAX_QUOTED = 16  # longer "quotations" are speech or titles, not a mentioned term


@dataclass(frozen=True)
class Entry:
    """One lexicon term for a sub-category (``sub_label`` is ``"label/sub"``)."""

    term: str
    sub_label: str
    score: float = DEFAULT_SCORE
    ctx: tuple[str, ...] = ()
    not_: tuple[str, ...] = ()
    rule: str = ""


@dataclass(frozen=True)
class AllowEntry:
    phrase: str
    scope: str = "span"  # "span" or "message"
    labels: tuple[str, ...] = ()  # empty = every label


@dataclass(frozen=True)
class Hit:
    """A lexicon match on the normalised text (``start``/``end`` index the normalised string)."""

    entry: Entry
    start: int
    end: int
    score: float


def _fold(term: str) -> str:
    """Fold a term the way message text is folded, so entries and messages meet in the same form."""
    return normalize(term).text


def _parse_options(fields: list[str]) -> dict[str, str]:
    options = {}
    for field in fields:
        key, sep, value = field.partition("=")
        if not sep:
            raise ValueError(f"lexicon option {field!r} is not key=value")
        options[key.strip()] = value.strip()
    return options


def load_entries(lines: Iterable[str], sub_label: str, origin: str) -> list[Entry]:
    """Parse lexicon lines for ``sub_label``; ``origin`` names the source in rule ids and errors."""
    label_of(sub_label)  # validates the sub-category name
    entries = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        term, *fields = line.split("\t")
        try:
            options = _parse_options(fields)
            score = float(options.pop("score", DEFAULT_SCORE))
        except ValueError as exc:
            raise ValueError(f"{origin}:{number}: {exc}") from None
        if not (math.isfinite(score) and 0.0 <= score <= 1.0):
            raise ValueError(f"{origin}:{number}: score must be between 0 and 1")
        ctx = tuple(_fold(w) for w in options.pop("ctx", "").split("|") if w)
        not_ = tuple(_fold(w) for w in options.pop("not", "").split("|") if w)
        if options:
            raise ValueError(f"{origin}:{number}: unknown option(s) {sorted(options)}")
        folded = _fold(term)
        if folded:
            entries.append(Entry(folded, sub_label, score, ctx, not_, f"{origin}:{folded}"))
    return entries


def _load_allow(lines: Iterable[str]) -> list[AllowEntry]:
    out = []
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        phrase, *fields = line.split("\t")
        options = _parse_options(fields)
        labels = tuple(x for x in options.get("labels", "").split(",") if x)
        folded = _fold(phrase)
        if folded:
            out.append(AllowEntry(folded, options.get("scope", "span"), labels))
    return out


def _package_lexicons() -> tuple[list[Entry], list[AllowEntry]]:
    root = resources.files("wxguard").joinpath("lexicons")
    entries: list[Entry] = []
    for sub_label in SUB_LABELS:
        name = sub_label.replace("/", ".") + ".txt"
        path = root.joinpath(name)
        if path.is_file():
            entries += load_entries(path.read_text("utf-8").splitlines(), sub_label, sub_label)
    allow = _load_allow(root.joinpath("allow.txt").read_text("utf-8").splitlines())
    return entries, allow


ExtraLexicons = Mapping[str, Iterable[str]] | str | os.PathLike | None


def _extra_entries(extra: ExtraLexicons) -> list[Entry]:
    """User lexicons: ``{"label/sub": [terms...]}`` or a directory of ``label.sub.txt`` files."""
    if extra is None:
        return []
    entries: list[Entry] = []
    if isinstance(extra, (str, os.PathLike)):
        folder = Path(extra)
        if not folder.is_dir():
            raise FileNotFoundError(f"extra lexicon directory not found: {folder}")
        for path in sorted(folder.glob("*.txt")):
            sub_label = path.stem.replace(".", "/", 1)
            entries += load_entries(path.read_text("utf-8").splitlines(), sub_label, f"user:{sub_label}")
        return entries
    for sub_label, terms in extra.items():
        if isinstance(terms, str):
            raise TypeError(f"extra_lexicons[{sub_label!r}] must be a list of terms, not a string")
        entries += load_entries(terms, sub_label, f"user:{sub_label}")
    return entries


class Lexicon:
    """An immutable compiled lexicon; build a new one to reload (``Guard.reload_lexicons``)."""

    def __init__(self, entries: Iterable[Entry], allow: Iterable[AllowEntry] = ()) -> None:
        self.entries = tuple(entries)
        self.allow = tuple(allow)
        self._automaton = ahocorasick.Automaton()
        grouped: dict[str, list[Entry]] = {}
        for entry in self.entries:
            grouped.setdefault(entry.term, []).append(entry)
        for term, group in grouped.items():
            self._automaton.add_word(term, tuple(group))
        if grouped:
            self._automaton.make_automaton()
        self._allow_automaton = ahocorasick.Automaton()
        for item in self.allow:
            self._allow_automaton.add_word(item.phrase, item)
        if self.allow:
            self._allow_automaton.make_automaton()

    @classmethod
    def default(cls, extra_lexicons: ExtraLexicons = None, allow: Iterable[str] = ()) -> Lexicon:
        """The shipped lexicons plus user lexicons and allow-list phrases (span scope)."""
        entries, allow_entries = _package_lexicons()
        entries += _extra_entries(extra_lexicons)
        if isinstance(allow, str):
            raise TypeError("allow must be a list of phrases, not a string")
        allow_entries += [AllowEntry(_fold(p)) for p in allow if _fold(p)]
        return cls(entries, allow_entries)

    def find(self, text: str) -> list[Hit]:
        """All surviving hits in normalised ``text`` (context, exceptions and allow-lists applied)."""
        if not self.entries or not text:
            return []
        hits: list[Hit] = []
        quoted: list[tuple[int, int]] | None = None
        for end_idx, group in self._automaton.iter(text):
            for entry in group:
                start = end_idx - len(entry.term) + 1
                end = end_idx + 1
                if not _edges_ok(entry.term, text, start, end):
                    continue
                if entry.not_ and _covered(text, start, end, entry.not_):
                    continue
                if entry.ctx and not _near(text, start, end, entry.ctx):
                    continue
                if quoted is None:
                    quoted = _quoted_spans(text)
                score = entry.score
                if (quoted and _inside_quote(quoted, start, end)) or \
                        (entry.sub_label.startswith(_WARNED_LABELS) and _warned(text, start, end)):
                    score *= QUOTED_FACTOR
                hits.append(Hit(entry, start, end, score))
        if hits and self.allow:
            hits = self._apply_allow(text, hits)
        return hits

    def _apply_allow(self, text: str, hits: list[Hit]) -> list[Hit]:
        spans: list[tuple[int, int, tuple[str, ...]]] = []
        message_labels: set[str] = set()
        message_all = False
        for end_idx, item in self._allow_automaton.iter(text):
            if item.scope == "message":
                if item.labels:
                    message_labels.update(item.labels)
                else:
                    message_all = True
            else:
                spans.append((end_idx - len(item.phrase) + 1, end_idx + 1, item.labels))
        if message_all:
            return []
        # Only spans starting within one phrase length before a hit can overlap it: bisect, not a full scan,
        # so a long message with many hits and many allowed phrases stays linear.
        spans.sort()
        starts = [s for s, _, _ in spans]
        reach = max((e - s for s, e, _ in spans), default=0)
        kept = []
        for hit in hits:
            label = hit.entry.sub_label.split("/", 1)[0]
            if label in message_labels:
                continue
            lo, hi = bisect_left(starts, hit.start - reach + 1), bisect_left(starts, hit.end)
            if any(e > hit.start and (not labels or label in labels) for _, e, labels in spans[lo:hi]):
                continue
            kept.append(hit)
        return kept


def _edges_ok(term: str, text: str, start: int, end: int) -> bool:
    """An ASCII letter or digit at either end of ``term`` must not continue into the text around it."""
    if start > 0 and term[0].isascii() and term[0].isalnum():
        before = text[start - 1]
        if before.isascii() and before.isalnum():
            return False
    if end < len(text) and term[-1].isascii() and term[-1].isalnum():
        after = text[end]
        if after.isascii() and after.isalnum():
            return False
    return True


def _warned(text: str, start: int, end: int) -> bool:
    """Whether a warning cue (``WARNING_CUES``) stands within ``CONTEXT_WINDOW`` characters of the hit, in its
    sentence (a cue may close the sentence: ``不能！``)."""
    lo = max(0, start - CONTEXT_WINDOW)
    hi = min(len(text), end + CONTEXT_WINDOW)
    before = text[lo:start]
    cut = max(before.rfind(c) for c in _SENTENCE_END)
    after = text[end:hi]
    stops = [i for i in (after.find(c) for c in _SENTENCE_END) if i >= 0]
    window = before[cut + 1:] + text[start:end] + after[: (min(stops) + 1 if stops else len(after))]
    return any(cue in window for cue in WARNING_CUES) or _WARNING_PATTERN.search(window) is not None


def inside_quotation(text: str, start: int, end: int, max_len: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quotation (“…”, 「…」, 『…』, "…") of at most ``max_len``."""
    return _inside_quote(_quoted_spans(text, max_len), start, end, max_len)


def _quoted_spans(text: str, max_len: int = _MAX_QUOTED) -> list[tuple[int, int]]:
    """Inner spans of quotations at most ``max_len`` long (``“押注”``) in ``text``."""
    spans = []
    for opening, closing in _QUOTES.items():
        start = text.find(opening)
        while start != -1:
            close = text.find(closing, start + 1, start + 2 + max_len)
            if close == -1:
                start = text.find(opening, start + 1)
                continue
            spans.append((start + 1, close))
            start = text.find(opening, close + 1)
    return sorted(spans)


def _inside_quote(quoted: list[tuple[int, int]], start: int, end: int, max_len: int = _MAX_QUOTED) -> bool:
    """Whether ``[start, end)`` lies inside one of the sorted ``quoted`` spans (each at most ``max_len``
    long, so only spans starting shortly before ``start`` can hold it: bisect, not a scan of all)."""
    lo, hi = bisect_left(quoted, (start - max_len,)), bisect_left(quoted, (start + 1,))
    return any(end <= e for _, e in quoted[lo:hi])


def _covered(text: str, start: int, end: int, longer: tuple[str, ...]) -> bool:
    """True when one of ``longer`` occurs in ``text`` overlapping ``[start, end)``."""
    for word in longer:
        lo = max(0, start - len(word) + 1)
        idx = text.find(word, lo, end + len(word) - 1)
        while idx != -1 and idx < end:
            if idx + len(word) > start:
                return True
            idx = text.find(word, idx + 1, end + len(word) - 1)
    return False


def _near(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    window = text[max(0, start - CONTEXT_WINDOW): end + CONTEXT_WINDOW]
    return any(w in window for w in words)
