"""The model shipped inside the package: present, complete, small, and reproducing its pinned outputs."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import wxguard
from wxguard.model import DEFAULT_MODEL_DIR, OnnxClassifier, model_input
from wxguard.taxonomy import SUB_LABELS

PINS = Path(__file__).parent / "data" / "default_model_pins.json"
INT8_CPU_TOLERANCE = 0.05


def test_default_model_is_shipped_and_described() -> None:
    config = json.loads((DEFAULT_MODEL_DIR / "config.json").read_text("utf-8"))
    assert tuple(config["labels"]) == wxguard.LABELS and tuple(config["sub_labels"]) == SUB_LABELS
    assert set(config["thresholds"]) == set(wxguard.LABELS)
    assert all(0.0 < t < 1.0 for t in config["thresholds"].values())
    assert config["training_data_sha256"] and config["version"] and config["metrics"]["dev"]["macro_f1"] > 0.5
    total = sum(p.stat().st_size for p in DEFAULT_MODEL_DIR.iterdir())
    assert total <= 40 * 1024 * 1024


def test_default_graph_has_no_skip_layer_norm() -> None:
    onnx = pytest.importorskip("onnx")
    # wxguard.model.SLOW_FUSIONS: on CPU the fused op is slower than the Add + LayerNormalization it replaces.
    ops = {n.op_type for n in onnx.load(str(DEFAULT_MODEL_DIR / "model.onnx")).graph.node}
    assert "SkipLayerNormalization" not in ops and "LayerNormalization" in ops


def test_default_guard_uses_the_model() -> None:
    guard = wxguard.Guard()
    assert guard.model is not None and guard.model.model_dir == DEFAULT_MODEL_DIR


def test_pinned_outputs() -> None:
    pins = json.loads(PINS.read_text("utf-8"))
    model = OnnxClassifier(DEFAULT_MODEL_DIR, threads=1)
    assert pins["model_version"] == model.config.version
    texts = [p["text"] for p in pins["pins"]]
    probs = model.predict([model_input(t, model.input_normalization) for t in texts])
    # int8 matrix products round differently on CPUs with and without AVX-512 VNNI (onnxruntime picks the
    # kernel at run time): the same graph gave outputs up to 0.034 apart on the two development machines.
    # A changed tokenisation, normalisation or graph moves them far more than that.
    assert np.allclose(probs, np.array([p["probs"] for p in pins["pins"]]), atol=INT8_CPU_TOLERANCE)


def test_binary_looking_text_is_read_by_the_rules_alone() -> None:
    """The model does not read binary-looking messages (its scores there are arbitrary); the rules do, so a
    checksummed ID inside a blob is still found. Invisible characters added to a real message do not make it
    binary-looking: the model still reads it (no way to switch the model off)."""
    from wxguard.model import looks_binary

    blob = "\x00\x01\xff\xfe" * 20 + "身份证11010519491231002X"
    assert looks_binary(blob) and looks_binary("\x00\x01\xff" * 10) and looks_binary("\x1b[31m\x7f\x85" * 50)
    assert looks_binary("\x00\x01\x02\x03")
    # a leak that the model flags and the rules alone do not, so the padded copies below must reach the model
    secret = "这是三季度还没公布的财务数据，先给大家看看，别外传"
    for text in ["明天上午9点开会\x00", "", "🙂" * 30, "\ufffd" * 8, secret + "\x85\x85\x85",
                 "\x85".join(secret), secret + "\x00" * 500, "今天团建\ufffd\ufffd去哪\ufffd\ufffd吃饭\x01"]:
        assert not looks_binary(text), repr(text[:20])
    guard, rules = wxguard.Guard(), wxguard.Guard(rules_only=True)
    assert guard.classify(blob) == rules.classify(blob) and "privacy" in guard.classify(blob).labels
    assert rules.classify(secret).labels == ()
    for padded in [secret + "\x85\x85\x85", "\x85".join(secret), secret + "\x00" * 500]:
        assert guard.classify(padded).labels == guard.classify(secret).labels == ("confidential",)


def test_binary_junk_gets_no_label() -> None:
    """Control characters are not text: the model reads a message without them, so a binary blob is ok
    (the shipped model used to read ``\\x00\\x01\\xff...`` as gambling spam)."""
    guard = wxguard.Guard()
    for junk in ["\x00\x01\xff" * 10, "\x00\x01\xff" * 10_000, "\x1b[31m\x7f\x85" * 50]:
        verdict = guard.classify(junk)
        assert verdict.ok, verdict.scores


def guard_labels(text: str) -> tuple[str, ...]:
    return wxguard.classify(text).labels


def test_bare_reactions_are_read_by_the_rules_alone() -> None:
    """Emoji, sticker codes and punctuation without a word: no model reading (its scores there come from emoji
    seen inside evasive spam), so the verdict is the rules' one; a message with words is read as usual."""
    from wxguard.model import reaction_only

    reactions = ["👍", "🙂🙂🙂", "🎉🎉", "[强][强][强]", "[偷笑]", "[红包]", "[图片]", "？？", "😂 😂\n"]
    assert all(reaction_only(t) for t in reactions)
    assert not any(reaction_only(t) for t in ["收到👍", "ok👍", "1", "[内部资料]明年预算砍30%", "加V💰"])
    # only WeChat's sticker names and placeholders count, in any spelling the normaliser folds ...
    assert all(reaction_only(t) for t in ["[圖片]", "[图~片]", "[捂 脸]", "[OK][OK]"])
    # ... so words in brackets are still words: bracketing a message cannot switch the model off
    for text in ["这个傻子又来了", "今晚一起看球赛吧"]:
        assert not reaction_only(f"[{text}]")
        assert guard_labels(f"[{text}]") == guard_labels(text) != ()
    guard, rules = wxguard.Guard(), wxguard.Guard(rules_only=True)
    for text in reactions:
        assert guard.classify(text) == rules.classify(text) and guard.classify(text).ok, text
    assert guard.classify("[内部资料]明年预算砍30%，裁员名单有老李").labels == ("confidential",)


def test_one_message_and_a_batch_read_the_same_tokens() -> None:
    # a lone message takes the tokenizer's single-text path, a batch its batch path: same scores either way
    model = OnnxClassifier(DEFAULT_MODEL_DIR, threads=1)
    texts = ["兼职刷单，日结300，有意私聊加V", "明天上午9点开会", "长消息" * 100, "🙂 ok"]
    together = model.predict_transformer(texts)
    for i, text in enumerate(texts):
        assert np.array_equal(model.predict_transformer([text])[0], together[i])


def test_a_violation_inside_a_long_message_is_judged_as_on_its_own() -> None:
    """A long message is blended window by window: insults (which the rules alone miss) followed by a long
    notice, or in the middle of a 6,000-character one, are flagged as they are on their own (the n-gram
    scores of the whole message used to drown them); the notice alone is not flagged."""
    insult = "你脑子是不是有问题，蠢得要死"
    notice = "明天上午九点在三楼会议室开项目周会，请大家提前准备好进度材料。"
    guard, rules = wxguard.Guard(), wxguard.Guard(rules_only=True)
    assert rules.classify(insult).labels == () and guard.classify(insult).labels == ("illegal_vulgar",)
    for text in [insult * 4 + notice * 12, notice * 60 + insult * 4,
                 notice * 100 + insult * 4 + notice * 100]:
        assert len(guard.model.tokenizer.encode(text).ids) > guard.model.config.max_length
        assert "illegal_vulgar" in guard.classify(text).labels, len(text)
    assert "illegal_vulgar" not in guard.classify(notice * 200).labels
