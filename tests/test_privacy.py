"""Issue 8, privacy of the text: no logging of message or evidence text, no network, no stray writes.

Python-level activity is watched with an audit hook (``sys.addaudithook``: every ``open``, file-system
change and socket call, from any module) plus monkeypatched sockets; native code (onnxruntime, tokenizers,
OpenCC) is covered by checking that the working directory, ``$HOME`` and the model folder stay unchanged.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import wxguard
from wxguard.cli import main
from wxguard.rules import pii_spans

MARKER = "qz7Kmarker42vX"
MESSAGES = [f"小王身份证号是11010519491231002X {MARKER}", f"兼职刷单日结300，加V私聊 {MARKER}",
            f"密码:{MARKER}9x", f"{MARKER}@example.com 手机13912345678", MARKER, f"\ud800{MARKER}"]

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_CHANGE_EVENTS = {"os.remove", "os.rename", "os.replace", "os.mkdir", "os.rmdir", "os.truncate", "os.link",
                  "os.symlink", "os.chmod", "os.chown", "os.utime", "shutil.copyfile", "shutil.copymode",
                  "shutil.copystat", "shutil.copytree", "shutil.move", "shutil.rmtree", "tempfile.mkstemp",
                  "tempfile.mkdtemp"}
_watch: list[tuple[str, tuple[Any, ...]]] | None = None
_hooked = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _watch is None:
        return
    if event.startswith("socket."):
        _watch.append((event, args))
    elif event == "open":
        path, mode, flags = (tuple(args) + (None, None))[:3]
        if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS):
            _watch.append((event, (path, mode)))
    elif event in _CHANGE_EVENTS:
        _watch.append((event, args))


@contextmanager
def watched() -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    """Record sockets, writes and file-system changes made from Python inside the block."""
    global _watch, _hooked
    if not _hooked:
        sys.addaudithook(_audit)  # cannot be removed; inert outside this block
        _hooked = True
    events: list[tuple[str, tuple[Any, ...]]] = []
    _watch = events
    try:
        yield events
    finally:
        _watch = None


def _jsonl(text: str) -> str:
    return json.dumps({"text": text})  # escapes keep lone surrogates writable


def _snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for f in folders for p in sorted(f.rglob("*"))}


@pytest.fixture(scope="module")
def model_dir(exported: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("privacy") / "model"
    shutil.copytree(exported, folder)
    return folder


def _exercise(model_dir: Path) -> list[wxguard.Verdict]:
    """Everything a library caller does: load, classify, batch, mask, and bad input."""
    guard = wxguard.Guard(model_dir=model_dir)
    verdicts = [guard.classify(m) for m in MESSAGES] + guard.classify_batch(MESSAGES, batch_size=2)
    verdicts += wxguard.Guard(rules_only=True, allow=[MARKER]).classify_batch(MESSAGES)
    for m in MESSAGES:
        guard.mask(m)
    for bad in (MARKER.encode(), [MARKER]):
        with pytest.raises(TypeError) as info:
            guard.classify(bad)  # type: ignore[arg-type]
        assert MARKER not in str(info.value)
    return verdicts


def test_message_text_is_never_logged(model_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="wxguard")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        verdicts = _exercise(model_dir)
        src = tmp_path / "in.jsonl"
        bad = ['{"text": "' + MARKER, f'{{"id": 1, "text": 5, "x": "{MARKER}"}}']
        src.write_text("\n".join([*map(_jsonl, MESSAGES), *bad]), encoding="utf-8")
        assert main(["scan", "--model-dir", str(model_dir), "-q", str(src), "-o", str(tmp_path / "out")]) == 0
    assert any(MARKER in e.text for v in verdicts for e in v.evidence)  # the marker did reach the evidence
    logged = [(r.name, r.levelname, r.getMessage(), repr(r.args), r.exc_text or "") for r in caplog.records]
    assert not [x for x in logged if MARKER in "".join(x)]
    assert not [str(w.message) for w in caught if MARKER in str(w.message)]
    out, err = capsys.readouterr()
    assert MARKER not in out and MARKER not in err
    # A line that is not JSON is now read as plain text (its verdict may quote it: that is output, not a log);
    # a JSON object without a string text is still an error record, which must not quote the line.
    errors = [line for line in (tmp_path / "out").read_text("utf-8").splitlines() if '"error"' in line]
    assert errors and all(MARKER not in line for line in errors)


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("wxguard tried to use the network")


def test_no_network_at_runtime(model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, _refuse)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, _refuse)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(map(_jsonl, MESSAGES)), encoding="utf-8")
    with watched() as events:
        _exercise(model_dir)
        assert main(["scan", "--model-dir", str(model_dir), "-q", str(src), "-o", str(tmp_path / "o")]) == 0
    assert [e for e, _ in events if e.startswith("socket.")] == []


def test_no_writes_outside_the_callers_paths(model_dir: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _exercise(model_dir)  # warm every lazy import first: importing may write bytecode caches
    cwd, home = tmp_path / "cwd", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    before = _snapshot(cwd, home, model_dir)
    with watched() as events:
        _exercise(model_dir)
    assert [e for e in events if not e[0].startswith("socket.")] == []
    assert _snapshot(cwd, home, model_dir) == before


def test_scan_writes_only_its_output(model_dir: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in" / "messages.jsonl"
    src.parent.mkdir()
    src.write_text("\n".join(map(_jsonl, MESSAGES)), encoding="utf-8")
    out = tmp_path / "out" / "verdicts.jsonl"
    out.parent.mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)

    def run() -> int:
        return main(["scan", "--model-dir", str(model_dir), "-q", str(src), "-o", str(out)])

    assert run() == 0  # warm-up
    before = _snapshot(tmp_path / "in", model_dir)
    with watched() as events:
        assert run() == 0
    writes = [e for e in events if not e[0].startswith("socket.")]
    assert [Path(args[0]).resolve() for _, args in writes] == [out.resolve()]
    assert _snapshot(tmp_path / "in", model_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]


@pytest.mark.parametrize(("text", "masked"), [
    # NFKC folds ＠ / ﹫ to @ for detection; masking must find the @ in the caller's text through the offsets
    ("邮箱 zhangsan＠qq.com", "邮箱 z*******＠qq.com"),
    ("邮箱 zhangsan﹫qq.com", "邮箱 z*******﹫qq.com"),
    ("邮箱 ｚｈａｎｇｓａｎ＠ｑｑ．ｃｏｍ", "邮箱 ｚ*******＠ｑｑ．ｃｏｍ"),
    ("邮箱 zhangsan@qq.com", "邮箱 z*******@qq.com"),
    # a secret keeps none of its characters, symbols included; its keyword stays
    ("密码:!@#$%^&*(", "密码:*********"),
    ("密码：Ab#$%^&*1x", "密码：**********"),
    ("Authorization: Bearer abcdefghijklmnopqrstuvwxyz123", "Authorization: Bearer " + "*" * 29),
    ("mysql -uroot -p'S3c!et_88' -h 10.0.0.5", "mysql -uroot -p*********** -h 10.0.0.5"),
])
def test_mask_hides_every_detected_value(text: str, masked: str) -> None:
    assert pii_spans(text)  # detected, so it must not come back readable
    assert wxguard.mask(text) == masked


@pytest.mark.parametrize("text", [
    "密码:!@#$%^&*(", "pwd=a!b@c#d$", "数据库密码 Xk9#pq72，别外传", "token: ab-cd_ef/gh+ij12345678",
    "curl -u admin:pa%ss!! https://x", "postgres://app:S3c!et__@db:5432", "akiaabcdefghijklmnop",
    "ghp_abcdefghijklmnopqrstuvwxyz", "10.0.0.5 root Ab#12345x", MESSAGES[2],
])
def test_mask_leaves_no_character_of_a_secret(text: str) -> None:
    masked = wxguard.mask(text)
    spans = [(s, e) for s, e, rule in pii_spans(text) if rule.startswith("secret.")]
    assert spans, text
    for start, end in spans:
        assert all(c == "*" or c.isspace() for c in masked[start:end]), (text, masked)
    assert MARKER not in masked
