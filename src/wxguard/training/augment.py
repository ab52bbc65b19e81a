"""Programmatic obfuscation of training lines: the evasion styles real spammers and abusers use.

``obfuscate(text, rng)`` applies one to three of: spelling variants taken in reverse from the normaliser's
own table (``微信`` -> ``薇信`` / ``vx``), separators inserted between CJK characters (``赌*博``), traditional
characters (OpenCC ``s2t``), full-width ASCII, digits as circled or Chinese numerals (``①③⑧``, ``幺三八``),
emoji for words (``月`` -> ``🈷️``, ``钱`` -> ``💰``), pinyin initials for a word, and split characters
(``赌`` -> ``贝者``). Used on train lines only; variants stay in the split of their source line.

``NEUTRAL_OPERATIONS`` are the ones that change how a message is typed, not what it says (traditional
characters, full-width forms, other digit forms): applied to ok lines, they teach the model that a
Taiwanese or full-width message is not suspect for its script alone.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

__all__ = ["NEUTRAL_OPERATIONS", "OPERATIONS", "obfuscate"]

_SEPARATORS = (" ", "*", ".", "/", "-", "丨", "~", "❤", "🔥", "_", "·", "  ")
_EMOJI = {"月": "🈷️", "钱": "💰", "加": "➕", "微": "🧣", "信": "✉️", "赚": "💴", "心": "❤", "火": "🔥",
          "号": "#", "元": "💰", "发": "8", "是": "sh", "不": "bu"}
_SPLIT = {"赌": "贝者", "好": "女子", "枪": "木仓", "炮": "火包", "约": "纟勺", "强": "弓虽",
          "裸": "衤果", "妈": "女马", "博": "十尃", "嫖": "女票", "毒": "主母", "娼": "女昌",
          "操": "扌喿", "逼": "辶畐", "码": "石马", "粉": "米分"}
_CN_DIGITS = "零幺二三四五六七八九"
_CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
_INITIALS_HINT = re.compile(r"[\u4e00-\u9fff]{2,4}")


@lru_cache(maxsize=1)
def _reverse_variants() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    text = resources.files("wxguard").joinpath("lexicons/variants.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            variant, canonical = line.split("\t")[:2]
            if len(canonical) >= 2:
                table.setdefault(canonical, []).append(variant)
    return table


def _variants(text: str, rng: random.Random) -> str:
    table = _reverse_variants()
    present = [c for c in table if c in text]
    if not present:
        return text
    canonical = rng.choice(present)
    return text.replace(canonical, rng.choice(table[canonical]), 1)


def _cjk_runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[\u4e00-\u9fff]{2,}", text)]


def _separators(text: str, rng: random.Random) -> str:
    runs = _cjk_runs(text)
    if not runs:
        return text
    start, end = rng.choice(runs)
    a = rng.randrange(start, end - 1)
    b = min(end, a + rng.randint(2, 4))
    sep = rng.choice(_SEPARATORS)
    return text[:a] + sep.join(text[a:b]) + text[b:]


def _traditional(text: str, rng: random.Random) -> str:
    return _opencc("s2t" if rng.random() < 0.7 else "s2tw").convert(text)


@lru_cache(maxsize=2)
def _opencc(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


def _fullwidth(text: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and rng.random() < 0.8 else c for c in text)


def _digits(text: str, rng: random.Random) -> str:
    table = _CIRCLED if rng.random() < 0.5 else _CN_DIGITS
    return re.sub(r"\d", lambda m: table[int(m.group())], text)


def _emoji(text: str, rng: random.Random) -> str:
    present = [c for c in _EMOJI if c in text]
    for c in rng.sample(present, min(len(present), rng.randint(1, 2))):
        text = text.replace(c, _EMOJI[c], 1)
    return text


def _initials(text: str, rng: random.Random) -> str:
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # pypinyin is part of the training extra; without it this style is skipped
        return text
    words = _INITIALS_HINT.findall(text)
    if not words:
        return text
    word = rng.choice(words)[:2]
    mode = rng.random()
    if mode < 0.4:
        replacement = "".join(lazy_pinyin(word, style=Style.FIRST_LETTER))
    elif mode < 0.7:
        replacement = lazy_pinyin(word[0])[0] + word[1:]
    else:
        replacement = "".join(lazy_pinyin(word))
    return text.replace(word, replacement, 1)


def _split_chars(text: str, rng: random.Random) -> str:
    present = [c for c in _SPLIT if c in text]
    if not present:
        return text
    c = rng.choice(present)
    return text.replace(c, _SPLIT[c], 1)


OPERATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "variants": _variants, "separators": _separators, "traditional": _traditional, "fullwidth": _fullwidth,
    "digits": _digits, "emoji": _emoji, "initials": _initials, "split_chars": _split_chars,
}
_WEIGHTS = {"variants": 3, "separators": 3, "traditional": 2, "fullwidth": 1, "digits": 1, "emoji": 2,
            "initials": 2, "split_chars": 1}


NEUTRAL_OPERATIONS = ("traditional", "fullwidth", "digits")


def obfuscate(text: str, rng: random.Random, max_ops: int = 3,
              ops: tuple[str, ...] | None = None) -> tuple[str, list[str]]:
    """An obfuscated variant of ``text`` and the names of the operations that changed it (drawn from
    ``ops``, default all)."""
    names = [n for n in _WEIGHTS if ops is None or n in ops]
    weights = [_WEIGHTS[n] for n in names]
    applied: list[str] = []
    for _ in range(rng.randint(1, max_ops)):
        name = rng.choices(names, weights)[0]
        if name in applied:
            continue
        new = OPERATIONS[name](text, rng)
        if new != text:
            text = new
            applied.append(name)
    return text, applied
