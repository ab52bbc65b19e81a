"""Issue 8, robustness: the input contract, bounded regex cost, fuzzing, model files, CLI scan.

Timing bounds are generous ceilings against hangs and quadratic blow-ups (a regression makes these inputs
take minutes), not benchmarks; they count this process's CPU time, so a busy machine does not trip them.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wxguard
from wxguard import cli
from wxguard import guard as guard_module
from wxguard.lexicon import AllowEntry, Entry, Lexicon
from wxguard.model import MAX_WINDOWS, ModelLoadError
from wxguard.normalize import normalize
from wxguard.pii import RECOGNIZERS, find_pii
from wxguard.rules import SIGNALS, pii_spans
from wxguard.taxonomy import SUB_LABELS
from wxguard.verdict import Verdict

FUZZ = settings(deadline=None, database=None, derandomize=True, max_examples=150,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HOSTILE = [
    "\x00\x01\x02\x1b[31m\x7f\x85",                        # C0 / C1 controls, an ANSI escape
    "\ud800", "abc\udfffdef", "赌\ud800博", "身份证\ud83d11010519491231002X",  # lone surrogates
    "🙂🙂🙂", "👨‍👩‍👧‍👦🏳️‍🌈", "🇨🇳🇺🇸", "1️⃣2️⃣3️⃣",            # emoji only: ZWJ sequences, flags, keycaps
    "مرحبا 你好 שלום \u202e赌博\u202c 13912345678",       # RTL, bidi overrides, mixed scripts
    "\u200b\u200c\u200d\ufeff\u2060", "\u3000 \t\n\r\u2028\u2029\x0b\x0c.",  # invisible, odd whitespace
    "a\u0301\u0301\u0301\u0301\u0301", "\u0301" * 50,      # combining marks with and without a base
    "ＡＢＣ１２３４５６７８９０", "①③⑧①②③④⑤⑥⑦⑧", "幺三八一二三四五六七八", "𠀀𪚥𰻞",
    "\ufe0f\ufe0f\U000e0100", "\U0010ffff\U000f0000\ue000", "\ufffd" * 10,
    "{\"text\": \"json inside a message\"}", "\\u0000\\ud800", "%s%n%x{0}{}",
    "-----BEGIN RSA PRIVATE KEY-----", "http://", "@", "@@@@", "-p", "密码:", "token=",
]


def check_verdict(verdict: Verdict, text: str) -> None:
    """Everything a caller may rely on in a verdict for ``text``."""
    assert isinstance(verdict, Verdict)
    assert list(verdict.labels) == [x for x in wxguard.LABELS if x in verdict.labels]
    assert set(verdict.scores) == set(wxguard.LABELS) and set(verdict.sub_scores) == set(SUB_LABELS)
    assert all(0.0 <= s <= 1.0 for s in [*verdict.scores.values(), *verdict.sub_scores.values()])
    assert all(sub.split("/")[0] in verdict.labels for sub in verdict.subs)
    for ev in verdict.evidence:
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.text
        assert ev.label in verdict.labels
    json.dumps(verdict.to_dict())


def check_mask(text: str) -> None:
    """``mask`` keeps the length; only alphanumerics inside personal data, and any non-space character
    inside a secret (``secret.*`` spans), may become ``*``."""
    masked = wxguard.mask(text)
    assert len(masked) == len(text)
    personal, secret = set(), set()
    for start, end, rule in pii_spans(text):
        (secret if rule.startswith("secret.") else personal).update(range(start, end))
    for i, (a, b) in enumerate(zip(text, masked, strict=True)):
        maskable = (a.isalnum() and i in personal) or (not a.isspace() and i in secret)
        assert a == b or (b == "*" and maskable), (i, a, b)




# --- Input contract --------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, b"bytes", bytearray(b"x"), 42, 3.5, True, ["list"], {"text": "x"}])
def test_non_str_is_a_type_error_naming_the_type(rules_guard: wxguard.Guard, bad: object) -> None:
    name = type(bad).__name__
    with pytest.raises(TypeError, match=f"must be str, not {name}"):
        rules_guard.classify(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=f"texts\\[2\\] must be str, not {name}"):
        rules_guard.classify_batch(["a", "b", bad])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=name):
        wxguard.mask(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("whole", [b"bytes", bytearray(b"x"), "a str"])
def test_batch_rejects_a_single_string_or_bytes(rules_guard: wxguard.Guard, whole: object) -> None:
    with pytest.raises(TypeError, match=f"sequence of str, not a single {type(whole).__name__}"):
        rules_guard.classify_batch(whole)  # type: ignore[arg-type]


def test_batch_checks_every_item_before_any_work(monkeypatch: pytest.MonkeyPatch,
                                                  model_guard: wxguard.Guard) -> None:
    calls: list[str] = []
    real_rules, real_predict = guard_module.run_rules, model_guard.model.predict
    monkeypatch.setattr(guard_module, "run_rules", lambda t, lex: calls.append(t) or real_rules(t, lex))
    monkeypatch.setattr(model_guard.model, "predict",
                        lambda ts, normalized=None: calls.extend(ts) or real_predict(ts, normalized))
    items = ["兼职刷单日结300"] * 100 + [None]
    with pytest.raises(TypeError, match=r"texts\[100\] must be str, not NoneType"):
        model_guard.classify_batch(items, batch_size=8)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        model_guard.classify_batch(iter(["ok", 5]))  # type: ignore[list-item]
    assert calls == []
    assert model_guard.classify_batch(iter(["ok"])) == [model_guard.classify("ok")]
    assert calls


@pytest.mark.parametrize("text", ["", " ", "\t\n\r", "\u3000\u3000", " \n \u2028\u2029\x0b\x0c\x1c\x85"])
def test_empty_and_whitespace_only_are_ok(any_guard: wxguard.Guard, text: str) -> None:
    verdict = any_guard.classify(text)
    assert verdict == Verdict.empty() and verdict.ok
    assert wxguard.mask(text) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_characters_give_a_valid_verdict(any_guard: wxguard.Guard, text: str) -> None:
    check_verdict(any_guard.classify(text), text)
    check_mask(text)


def test_lone_surrogates_do_not_hide_a_violation(rules_guard: wxguard.Guard) -> None:
    text = "小王身份证号是\ud80011010519491231002X\udfff"
    verdict = rules_guard.classify(text)
    assert "privacy/id_number" in verdict.subs
    check_verdict(verdict, text)
    assert "110105********002X" in wxguard.mask(text)


def _megabyte() -> str:
    unit = ("明天上午9点开会，请准时参加。Meeting at 9am 🙂 http://example.com/a?b=1 139 1234 5678 "
            "賭 博 阳光小区3栋1201室 ")
    return (unit * (1_000_000 // len(unit) + 1))[:1_000_000]


def test_one_megabyte_message_rules_only(rules_guard: wxguard.Guard) -> None:
    text = "小王身份证号是11010519491231002X。" + _megabyte()
    t0 = time.process_time()
    verdict = rules_guard.classify(text)
    assert time.process_time() - t0 < 60
    check_verdict(verdict, text)
    assert "privacy/id_number" in verdict.subs


def test_long_message_with_model_is_windowed(model_guard: wxguard.Guard,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    runs = []
    real_run = model_guard.model._run
    monkeypatch.setattr(model_guard.model, "_run", lambda ids: runs.append(ids.shape) or real_run(ids))
    text = _megabyte()[:300_000]
    t0 = time.process_time()
    verdict = model_guard.classify(text)
    assert time.process_time() - t0 < 60
    check_verdict(verdict, text)
    assert len(runs) == MAX_WINDOWS
    assert all(shape[0] == 1 and shape[1] <= model_guard.model.config.max_length for shape in runs)


def test_windows_cover_the_start_and_the_end(model_guard: wxguard.Guard) -> None:
    model = model_guard.model
    body = model.config.max_length - 2
    ids = list(range(10, 10_010))
    windows = model._windows(ids)
    assert len(windows) == MAX_WINDOWS
    assert all(len(w) == body + 2 and w[0] == model._cls and w[-1] == model._sep for w in windows)
    assert len(windows[0]) == body + 2
    assert windows[0][1] == ids[0] and windows[-1][-2] == ids[-1]
    assert model._windows(ids[:body]) == [[model._cls, *ids[:body], model._sep]]
    assert len(model._windows(ids[: body * 3])) > 1
    for n in (body + 1, body + 7, body * 2 + 3):  # short tails still get a full-length last window
        tail = model._windows(ids[:n])
        assert all(len(w) == body + 2 for w in tail) and tail[-1][-2] == ids[n - 1] and tail[0][1] == ids[0]


# --- Bounded regex cost ------------------------------------------------------------------------------------

BAIT_UNITS = ["1", "1 ", "1-", " ", "a@", "a.", "a@a.", "@a-", "http://", "www.", "mysql -p ", "mysql://a:",
              "密码:", "token:", "ghp_", "qq:", "微信:", "日赚", "他工资12", "阳光小区1", "1栋", "身份证",
              "11010519491231002X ", "13912345678 ", "客户13912345678 ", "阳光小区3栋1201室 ", "赌 ",
              "“赌博”", "「", "\"", "幺",
              "①", "\u200b", "🙂", "\ud800"]


@pytest.mark.parametrize("unit", BAIT_UNITS)
def test_backtracking_bait_finishes_quickly(rules_guard: wxguard.Guard, unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    t0 = time.process_time()
    check_verdict(rules_guard.classify(text), text)
    assert len(wxguard.mask(text)) == len(text)
    assert time.process_time() - t0 < 5, f"{unit!r} x 100k took {time.process_time() - t0:.1f}s"


def test_many_hits_stay_linear() -> None:
    """Span allow-list checks, quoted-term checks and ID-vs-phone shadowing used to compare every pair."""
    text = normalize("身份证11010519491231002X 手机13912345678 " * 10_000).text
    t0 = time.process_time()
    assert len(find_pii(text)) == 20_000
    assert time.process_time() - t0 < 5
    lexicon = Lexicon([Entry("赌博", "illegal_vulgar/gambling")], [AllowEntry("赌博网站")])
    t0 = time.process_time()
    assert len(lexicon.find("赌博网站赌博 " * 10_000)) == 10_000
    assert len(lexicon.find("“赌博”" * 20_000)) == 20_000  # quoted hits: every hit against every quotation
    assert time.process_time() - t0 < 5


_PATTERN_ALPHABET = "0123456789 -_.:/@=+*#xaz中区栋号元k"


@settings(FUZZ, max_examples=40)
@given(unit=st.text(alphabet=_PATTERN_ALPHABET, min_size=1, max_size=8))
def test_every_pattern_is_fast_on_repeated_units(unit: str) -> None:
    """Repeating a short unit is the classic catastrophic back-tracking attack: try it on every regex."""
    text = (unit * (20_000 // len(unit) + 1))[:20_000]
    for rec in (*RECOGNIZERS, *SIGNALS):
        t0 = time.process_time()
        for _ in rec.pattern.finditer(text):
            pass
        assert time.process_time() - t0 < 2, (rec.rule, unit)


# --- Fuzzing -----------------------------------------------------------------------------------------------

_FRAGMENTS = ["身份证", "11010519491231002X", "11010519491231002x", "13912345678", "139-1234-5678",
              "+86 139 1234 5678", "6222020200112233445", "a.b@example.com", "家住阳光小区3栋1201室",
              "他工资12000元", "密码:Abc12345",
              "AKIAABCDEFGHIJKLMNOP", "ghp_abcdefghijklmnopqrstuvwxyz", "mysql://root:pw123@db",
              "-----BEGIN RSA PRIVATE KEY-----", "http://t.cn/abc", "微信号: abcdef1", "qq: 12345678",
              "日赚500", "加薇信", "V信", "賭 博", "刷单", "反诈", "你个废物", "菠菜平台", "上分", "兼职",
              "私聊", "请注意保密", "“押注”", "幺三八", "①③⑧", "ｖｘ", "值班电话", "\u200b", "\ufe0f",
              "\u202e", "\ud800", "\udfff", "\x00", "\n"]
_CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),
    st.characters(min_codepoint=0x0, max_codepoint=0x1F),
    st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),
    st.sampled_from("\u200b\u200d\ufeff\u3000\u0301\u202e\u0627\u05d0①零幺一二三四五六七八九賭博薇"),
    st.characters(codec="utf-8"),
)
MESSAGES = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(alphabet=_CHARS, max_size=12)),
                    max_size=12).map("".join)


@FUZZ
@given(text=MESSAGES)
def test_fuzz_classify_and_mask(rules_guard: wxguard.Guard, text: str) -> None:
    check_verdict(rules_guard.classify(text), text)
    check_mask(text)


@settings(FUZZ, max_examples=60)
@given(texts=st.lists(MESSAGES, max_size=8), batch_size=st.integers(1, 4))
def test_fuzz_batch_equals_single(rules_guard: wxguard.Guard, texts: list[str], batch_size: int) -> None:
    serial = [rules_guard.classify(t) for t in texts]
    assert rules_guard.classify_batch(texts, batch_size=batch_size) == serial


@settings(FUZZ, max_examples=25)
@given(texts=st.lists(MESSAGES, min_size=1, max_size=5))
def test_fuzz_with_model(model_guard: wxguard.Guard, texts: list[str]) -> None:
    batch = model_guard.classify_batch(texts, batch_size=2)
    assert batch == [model_guard.classify(t) for t in texts]
    for text, verdict in zip(texts, batch, strict=True):
        check_verdict(verdict, text)


# --- Model files -------------------------------------------------------------------------------------------


def _broken(exported: Path, tmp_path: Path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(exported, target)
    return target


def _edit_config(folder: Path, **changes: object) -> None:
    config = json.loads((folder / "config.json").read_text("utf-8"))
    for key, value in changes.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    (folder / "config.json").write_text(json.dumps(config), "utf-8")


@pytest.mark.parametrize("name", ["config.json", "tokenizer.json", "model.onnx"])
def test_missing_file_is_named(exported: Path, tmp_path: Path, name: str) -> None:
    folder = _broken(exported, tmp_path)
    (folder / name).unlink()
    with pytest.raises(ModelLoadError, match=name.replace(".", r"\.")):
        wxguard.Guard(model_dir=folder)


@pytest.mark.parametrize("name", ["config.json", "tokenizer.json", "model.onnx"])
def test_truncated_file_is_named(exported: Path, tmp_path: Path, name: str) -> None:
    folder = _broken(exported, tmp_path)
    data = (folder / name).read_bytes()
    (folder / name).write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelLoadError, match=name.replace(".", r"\.")):
        wxguard.Guard(model_dir=folder)


@pytest.mark.parametrize("changes", [
    {"thresholds": {"privacy": 0.5}},  # labels without a threshold would silently use a default
    {"labels": ["privacy", "confidential", "illegal_vulgar", "advertising", "off_topic"]},
    {"sub_labels": ["privacy/id_number"]},
    {"special_ids": None},
    {"max_length": "long"},
    {"max_length": 512},                              # more positions than the graph has
])
def test_mismatched_config_is_refused(exported: Path, tmp_path: Path, changes: dict[str, object]) -> None:
    folder = _broken(exported, tmp_path)
    _edit_config(folder, **changes)
    with pytest.raises(ModelLoadError, match=r"config\.json"):
        wxguard.Guard(model_dir=folder)


def test_tokenizer_larger_than_the_graph_is_refused(exported: Path, tmp_path: Path) -> None:
    from tokenizers import Tokenizer

    folder = _broken(exported, tmp_path)
    tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tok.add_tokens([f"新词{i}" for i in range(1000)])
    tok.save(str(folder / "tokenizer.json"))
    with pytest.raises(ModelLoadError, match=r"model\.onnx.*tokenizer\.json"):
        wxguard.Guard(model_dir=folder)


def _graph_with_width(path: Path, width: int | str) -> None:
    """A stand-in graph with the right inputs and ``width`` outputs (an int, or a symbolic name)."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    weight = numpy_helper.from_array(np.ones((1, 7), dtype=np.float32), "w")
    nodes = [helper.make_node("Cast", ["input_ids"], ["f"], to=TensorProto.FLOAT),
             helper.make_node("ReduceMean", ["f"], ["m"], axes=[1], keepdims=1),
             helper.make_node("MatMul", ["m", "w"], ["logits"])]
    graph = helper.make_graph(
        nodes, "wrong_width",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "length"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "length"])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", width])], [weight])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(path))


@pytest.mark.parametrize("width", [7, "n"])
def test_graph_outputs_must_match_config_labels(exported: Path, tmp_path: Path, width: int | str) -> None:
    pytest.importorskip("onnx")
    folder = _broken(exported, tmp_path)
    _graph_with_width(folder / "model.onnx", width)
    with pytest.raises(ModelLoadError, match=r"model\.onnx.*7 outputs.*config\.json"):
        wxguard.Guard(model_dir=folder)


def test_no_silent_fallback_without_a_default_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(guard_module, "DEFAULT_MODEL_DIR", tmp_path / "default")
    with pytest.raises(ModelLoadError, match=r"config\.json.*rules_only=True"):
        wxguard.Guard()
    assert wxguard.Guard(rules_only=True).model is None  # the explicit degraded mode


# --- CLI scan ----------------------------------------------------------------------------------------------

_BAD_LINES = [
    b'{"id": 1, "text": "\xe5\x85\xbc\xe8\x81\x8c\xe5\x88\xb7\xe5\x8d\x95\xe6\x97\xa5\xe7\xbb\x93300"}',
    b"\xff\xfe\xc3\x28 invalid utf-8 \xe4\xb8",            # bytes that are not UTF-8
    b"{not json",
    b"[1, 2, 3]",
    b'{"text": 5}',
    b'{"text": null, "id": 9}',
    b"{" + b'"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # nesting deeper than the recursion limit
    b'{"text": "x", "n": ' + b"9" * 5000 + b"}",            # an integer longer than int() accepts
    b'{"text": "\\ud800 lone \\udfff", "id": "\\udc80"}',    # lone surrogate escapes
    b"\x00\x00\x00",
    b"plain text with a\rcarriage return",
    b"",
    b"{" * 10,
    b'{"text": "' + "身份证11010519491231002X".encode() + b'"}',
]


def _scan_bytes(data: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, via_stdin: bool) -> list[dict]:
    out = tmp_path / "out.jsonl"
    if via_stdin:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        args = ["scan", "--rules-only", "-q", "-", "-o", str(out)]
    else:
        src = tmp_path / "in.jsonl"
        src.write_bytes(data)
        args = ["scan", "--rules-only", "-q", str(src), "-o", str(out)]
    assert cli.main(args) == 0
    raw = out.read_bytes()
    assert raw.endswith(b"\n")
    return [json.loads(line) for line in raw.decode("utf-8").split("\n")[:-1]]


@pytest.mark.parametrize("via_stdin", [False, True], ids=["file", "stdin"])
def test_scan_gives_one_record_per_line_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                via_stdin: bool) -> None:
    data = b"\xef\xbb\xbf" + b"\n".join(_BAD_LINES) + b"\n"   # with a byte-order mark in front
    records = _scan_bytes(data, tmp_path, monkeypatch, via_stdin)
    assert [r["line"] for r in records] == list(range(1, len(_BAD_LINES) + 1))
    assert records[0]["id"] == 1 and "labels" in records[0]
    assert "labels" in records[1]                          # bad bytes become U+FFFD, the line is still read
    errors = [i + 1 for i, r in enumerate(records) if "error" in r]
    # JSON objects without a usable text are errors; lines that only look like JSON (invalid, too deep, an
    # over-long number) are plain text and are classified
    assert errors == [5, 6]
    assert all("labels" in records[i - 1] for i in (3, 7, 8, 13))
    assert "labels" in records[3]                          # "[1, 2, 3]" is not an object: a plain-text line
    assert records[5]["id"] == 9
    assert records[8]["id"] == "\udc80"
    assert records[11]["ok"] is True
    assert records[13]["subs"] == ["privacy/id_number"]


def test_scan_isolates_a_message_that_breaks_classification(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             rules_guard: wxguard.Guard) -> None:
    class Flaky:
        def classify(self, text: str) -> Verdict:
            if "BOOM" in text:
                raise RuntimeError(f"cannot handle {text}")
            return rules_guard.classify(text)

        def classify_batch(self, texts: list[str]) -> list[Verdict]:
            return [self.classify(t) for t in texts]

    monkeypatch.setattr(cli, "_guard", lambda args: Flaky())
    data = "明天开会\nBOOM secret-marker\n兼职刷单日结300\n".encode()
    records = _scan_bytes(data, tmp_path, monkeypatch, False)
    assert [r["line"] for r in records] == [1, 2, 3]
    assert records[1] == {"line": 2, "error": "classification failed: RuntimeError"}
    assert "labels" in records[0] and "labels" in records[2]


def test_scan_huge_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = ("明天开会\n" + _megabyte()[:200_000] + "\n结束\n").encode()
    records = _scan_bytes(data, tmp_path, monkeypatch, False)
    assert [r["line"] for r in records] == [1, 2, 3]


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_scan_leaves_complete_lines(tmp_path: Path, sig: signal.Signals) -> None:
    src = tmp_path / "in.txt"
    lines = ["兼职刷单日结300，加V私聊 " * 5, "明天上午九点开会 " * 5, "小王身份证号是11010519491231002X"]
    src.write_text("\n".join(lines * 3_000) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "wxguard.cli", "scan", "--rules-only", "-q", str(src),
                             "-o", str(out)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not (out.exists() and out.stat().st_size) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the scan finished before it could be interrupted"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == (130 if sig == signal.SIGINT else -signal.SIGTERM)
    raw = out.read_bytes()
    assert raw and raw.endswith(b"\n")
    records = [json.loads(x) for x in raw.decode("utf-8").splitlines()]
    assert [r["line"] for r in records] == list(range(1, len(records) + 1))
    assert len(records) < len(lines) * 3_000
    if sig == signal.SIGINT:
        assert b"complete lines only" in err
