"""Anti-evasion normalisation: the folded text and the offset map back to the caller's string."""

from __future__ import annotations

import random

import pytest

from wxguard import normalize as norm_module
from wxguard.normalize import normalize

# (input, normalised text)
FOLDS = [
    # full width, case, traditional -> simplified
    ("ＡＢＣ１２３", "abc123"),
    ("賭博網站", "赌博网站"),
    ("VX", "微信"),
    # zero-width characters, variation selectors and keycaps are dropped
    ("赌\u200b博", "赌博"),
    ("赌\u200d\ufeff博", "赌博"),
    ("1\ufe0f\u20e32", "12"),
    # so are control characters (invisible), but not tab and line breaks
    ("赌\x00博", "赌博"),
    ("别\x85外\x85传", "别外传"),
    ("a\tb\nc", "a\tb\nc"),
    # separators (space, symbols, emoji; at most three) between CJK characters are dropped
    ("赌 博", "赌博"),
    ("賭*博", "赌博"),
    ("赌.博", "赌博"),
    ("赌 * 博", "赌博"),
    ("赌🔥博", "赌博"),
    ("赌\u3000博", "赌博"),
    ("赌_-_博", "赌博"),
    ("赌    博", "赌    博"),  # four spaces: a real gap, not an evasion
    ("今天开会，三点", "今天开会,三点"),  # sentence punctuation is not a spacer
    ("中文 abc 中文", "中文 abc 中文"),  # only between two CJK characters
    # Chinese numerals and circled digits inside digit runs
    ("①③⑧", "138"),
    ("幺三八", "138"),
    ("幺三九零零零七七八八八", "13900077888"),
    ("一三九一二三四五六七八", "13912345678"),
    ("一下", "一下"),  # short ordinary words keep their numerals
    ("三楼会议室", "三楼会议室"),
    ("一二三", "一二三"),  # three numerals without 幺 are not a number
    # homophone / pinyin / emoji spellings of high-value terms
    ("加薇信", "加微信"),
    ("威信号", "微信号"),
    ("V信", "微信"),
    ("加vx", "加微信"),
    ("wx: abc123", "微信: abc123"),
    ("wxyz", "wxyz"),  # ASCII variants only on alphanumeric boundaries
    ("d博", "赌博"),
    ("贝者博", "赌博"),  # a character split into its components
    ("微✉️同#", "微信同号"),  # a symbol standing for a character is replaced before spacers are dropped
    ("赚💰", "赚钱"),
    ("se情", "色情"),
    # a straight quote quotes a word: kept, so the lexicon sees the quotation
    ('骂他"脑残"了', '骂他"脑残"了'),
]


@pytest.mark.parametrize(("text", "expected"), FOLDS)
def test_folds(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize("text", [t for t, _ in FOLDS]
                         + ["", "加薇❤: ａｂｃ１２３，賭 博", "㎡価格①②③", "\ud800赌博"])
def test_offset_map_points_into_the_original(text: str) -> None:
    n = normalize(text)
    assert len(n.starts) == len(n.ends) == len(n.text)
    for i in range(len(n.text)):
        assert 0 <= n.starts[i] < n.ends[i] <= len(text)
        if i:
            assert n.starts[i] >= n.starts[i - 1]  # monotone: spans never run backwards


@pytest.mark.parametrize(("text", "term", "original"), [
    ("我的薇信是abc", "微信", "薇信"),
    ("加薇信 abc", "加微信", "加薇信"),
    ("我们去賭 博吧", "赌博", "賭 博"),
    ("电话幺三八一二三四五六七八", "13812345678", "幺三八一二三四五六七八"),
    ("ＶＸ：ｔｅｓｔ", "微信", "ＶＸ"),
    ("赌\u200b博", "赌博", "赌\u200b博"),
    ("别\x85外\x85传", "别外传", "别\x85外\x85传"),
])
def test_span_maps_a_normalised_term_back(text: str, term: str, original: str) -> None:
    n = normalize(text)
    start = n.text.index(term)
    o_start, o_end = n.span(start, start + len(term))
    assert text[o_start:o_end] == original


def test_empty_span_is_a_position() -> None:
    n = normalize("赌 博")
    assert n.span(1, 1) == (2, 2)
    assert n.span(2, 2) == (3, 3)
    assert normalize("").span(0, 0) == (0, 0)


def test_fast_path_equals_the_per_character_path() -> None:
    """The translate-based pass must give exactly what the per-character reference pass gives."""
    rng = random.Random(7)
    pool = list("赌博微信加薇幺三八一二零九0123456789abcXYZ ＡＢＣ１，。！？、 \t*#@.·_-/|~❤🔥①②⑧²賭號"
                "\u3000ﾟｶ")
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 25)))
        simplified = norm_module._simplify(text)
        base, starts, ends = norm_module._char_pass(text)
        ref_base, ref_starts, ref_ends = norm_module._char_pass_slow(simplified)
        assert base == ref_base, text
        if starts is None:
            assert ref_starts == list(range(len(base))) and ref_ends == list(range(1, len(base) + 1))
        else:
            assert (starts, ends) == (ref_starts, ref_ends), text


def test_reshaping_characters_take_the_exact_path() -> None:
    """A character that expands (㎡ -> m2) or disappears keeps every later offset exact."""
    text = "面积㎡，电话①③⑧"
    n = normalize(text)
    assert n.text == "面积m2,电话138"
    m = n.text.index("m2")
    assert n.span(m, m + 2) == (2, 3)
    d = n.text.index("138")
    assert text[slice(*n.span(d, d + 3))] == "①③⑧"


def test_lone_surrogate_does_not_break_normalisation() -> None:
    assert "赌博" in normalize("\ud800賭 博").text


def test_character_cache_stays_bounded_and_correct(monkeypatch: pytest.MonkeyPatch) -> None:
    """Characters that map to themselves are cached only up to ``_SEEN_CAP``; beyond it they are recomputed,
    and every character still gets its form (a stream of junk cannot grow the cache to every code point)."""
    monkeypatch.setattr(norm_module, "_SEEN_CAP", 10)
    monkeypatch.setattr(norm_module, "_SEEN", set())
    monkeypatch.setattr(norm_module, "_TABLE", {})
    monkeypatch.setattr(norm_module, "_RESHAPING", set())
    plain = "".join(chr(c) for c in range(0xAC00, 0xAC00 + 200))  # 200 Hangul syllables: each maps to itself
    assert normalize(plain).text == plain and len(norm_module._SEEN) == 10
    assert normalize("ＡＢ" + plain + "㎡").text == "ab" + plain + "m2"  # forms that differ are still learnt
    assert {ord("Ａ"), ord("Ｂ")} <= set(norm_module._TABLE) and "㎡" in norm_module._RESHAPING
    assert len(norm_module._SEEN) == 13
