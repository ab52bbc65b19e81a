"""The public contract of issue 2: exported surface, types, empty input, batch == single."""

from __future__ import annotations

import dataclasses
import json

import pytest

import wxguard
from wxguard.taxonomy import SUB_LABELS


def test_exported_members() -> None:
    assert sorted(wxguard.__all__) == sorted(
        ["LABELS", "Evidence", "Guard", "ModelLoadError", "Verdict", "__version__", "classify",
         "classify_batch", "mask"])
    for name in wxguard.__all__:
        assert hasattr(wxguard, name)


def test_label_order() -> None:
    assert wxguard.LABELS == ("confidential", "privacy", "illegal_vulgar", "advertising", "off_topic")


@pytest.mark.parametrize("bad", [None, b"bytes", 42, 3.5, ["list"], {"text": "x"}])
def test_non_str_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        wxguard.classify(bad)  # type: ignore[arg-type]


def test_batch_rejects_bad_item_and_single_string() -> None:
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
        wxguard.classify_batch(["ok", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="sequence of str"):
        wxguard.classify_batch("not a list")


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \u3000"])
def test_empty_and_whitespace_are_ok(text: str) -> None:
    verdict = wxguard.classify(text)
    assert verdict.ok and verdict.labels == () and verdict.evidence == ()
    assert set(verdict.scores) == set(wxguard.LABELS)
    assert set(verdict.sub_scores) == set(SUB_LABELS)


def test_verdict_shape_and_json() -> None:
    verdict = wxguard.classify("小王身份证号是11010519491231002X，帮他订下机票")
    assert "privacy" in verdict.labels and not verdict.ok
    assert "privacy/id_number" in verdict.subs
    assert all(0.0 <= s <= 1.0 for s in verdict.scores.values())
    assert list(verdict.labels) == [label for label in wxguard.LABELS if label in verdict.labels]
    payload = json.loads(json.dumps(verdict.to_dict(), ensure_ascii=False))
    assert payload["labels"] == list(verdict.labels)
    assert payload["clauses"] and all(c["id"].startswith(verdict.labels[0]) or c["id"]
                                      for c in payload["clauses"])
    assert {c["id"].split(".")[0] for c in payload["clauses"]} == set(verdict.labels)
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.labels = ()  # type: ignore[misc]


def test_evidence_spans_point_into_the_original_text() -> None:
    text = "大家好！加我薇信 abc12345，兼职日结，賭 博上分，身份证11010519491231002X"
    verdict = wxguard.Guard(rules_only=True).classify(text)
    assert verdict.evidence
    for ev in verdict.evidence:
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.text
        assert ev.source in ("lexicon", "pattern", "model")


def test_batch_matches_single(rules_guard: wxguard.Guard) -> None:
    texts = ["明天开会", "", "兼职刷单日结300，加V私聊", "你是猪吗这都不会", "139 1234 5678 是小李手机"]
    assert rules_guard.classify_batch(texts, batch_size=2) == [rules_guard.classify(t) for t in texts]


def test_module_level_functions_share_one_guard() -> None:
    from wxguard.guard import default_guard

    assert default_guard() is default_guard()


def test_mask_keeps_length_and_masks_pii() -> None:
    text = "小王身份证号11010519491231002X，手机139-1234-5678"
    masked = wxguard.mask(text)
    assert len(masked) == len(text)
    assert "110105********002X" in masked and "139-****-5678" in masked
    assert masked.startswith("小王身份证号")


def test_guard_rejects_unknown_threshold_label() -> None:
    with pytest.raises(ValueError, match="unknown label"):
        wxguard.Guard(rules_only=True, thresholds={"spam": 0.5})


def test_rules_only_rejects_thresholds() -> None:
    """Thresholds apply to the model's scores; rules_only would silently ignore them."""
    with pytest.raises(ValueError, match="rules_only"):
        wxguard.Guard(rules_only=True, thresholds={"advertising": 0.01})
    assert wxguard.Guard(rules_only=True, thresholds={}).thresholds == {}


def test_user_lexicon_and_allow_list_reload() -> None:
    guard = wxguard.Guard(rules_only=True)
    assert guard.classify("周末来玩开心乐园棋牌").ok
    guard.reload_lexicons(extra_lexicons={"illegal_vulgar/gambling": ["开心乐园棋牌"]})
    verdict = guard.classify("周末来玩开心乐园棋牌")
    assert verdict.subs == ("illegal_vulgar/gambling",)
    guard.reload_lexicons(allow=["来玩开心乐园"])
    assert guard.classify("周末来玩开心乐园棋牌").ok


def test_failed_reload_keeps_the_guard_as_it_was() -> None:
    guard = wxguard.Guard(rules_only=True, extra_lexicons={"illegal_vulgar/gambling": ["某某棋牌"]})
    with pytest.raises(ValueError, match="gambling"):
        guard.reload_lexicons(extra_lexicons={"gambling": ["x"]})  # no such sub-category
    with pytest.raises(TypeError):
        guard.reload_lexicons(allow="反诈宣传周")  # a string, not a list of phrases
    assert guard.classify("来玩某某棋牌").labels == ("illegal_vulgar",)  # the old lexicons stay in use
    guard.reload_lexicons(allow=["反诈宣传周"])  # and later reloads still work, on the old user terms
    assert guard.classify("来玩某某棋牌").labels == ("illegal_vulgar",)
    assert guard.classify("反诈宣传周：不要参与某某棋牌").ok


def test_user_terms_from_a_generator_survive_a_reload() -> None:
    guard = wxguard.Guard(rules_only=True,
                          extra_lexicons={"illegal_vulgar/gambling": (t for t in ["某某棋牌"])})
    assert guard.classify("来玩某某棋牌").labels == ("illegal_vulgar",)
    guard.reload_lexicons(allow=["反诈宣传周"])
    assert guard.classify("来玩某某棋牌").labels == ("illegal_vulgar",)
    guard.reload_lexicons(extra_lexicons={"illegal_vulgar/gambling": iter(["乙乙棋牌"])})
    guard.reload_lexicons(allow=[])
    assert guard.classify("来玩乙乙棋牌").labels == ("illegal_vulgar",)
    assert guard.classify("来玩某某棋牌").ok  # replaced, not merged


def test_bad_threads_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WXGUARD_THREADS", "two")
    with pytest.raises(ValueError, match="WXGUARD_THREADS must be an integer, got 'two'"):
        wxguard.Guard()
    wxguard.Guard(rules_only=True)  # builds no session and never reads the variable
