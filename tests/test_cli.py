"""The ``wxguard`` command line, run in-process and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wxguard.cli import main


def test_classify_prints_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--rules-only", "加我薇信 abc12345 兼职日结", "明天上午九点开会"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    first, second = (json.loads(x) for x in lines)
    assert "advertising" in first["labels"] and second["ok"] is True


def test_scan_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = ['{"id": 7, "text": "兼职刷单日结，加V私聊"}', "plain line about the 周会", "{not json",
            '{"text": 5}', "", '{"text": "你是猪吗这都不会"}']
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["scan", "--rules-only", "-q", str(src), "-o", str(out)]) == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in records] == [1, 2, 3, 4, 5, 6]
    assert records[0]["id"] == 7 and "advertising" in records[0]["labels"]
    assert records[1]["ok"] is True
    assert "error" in records[2] and "error" in records[3]
    assert records[4]["ok"] is True
    assert "illegal_vulgar" in records[5]["labels"]


def test_labels_lists_every_sub_and_clause(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["labels", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert list(payload) == ["confidential", "privacy", "illegal_vulgar", "advertising", "off_topic"]
    assert all(v["clauses"] for v in payload.values())


def test_console_script_runs_as_a_process() -> None:
    proc = subprocess.run([sys.executable, "-m", "wxguard.cli", "classify", "--rules-only", "賭 博上分"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["subs"] == ["illegal_vulgar/gambling"]


def test_missing_input_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--rules-only", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt" in capsys.readouterr().err
