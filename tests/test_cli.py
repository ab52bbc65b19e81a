"""The ``wxguard`` command line, run in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
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
    assert "error" not in records[2] and records[2]["ok"] is True  # not JSON: read as plain text
    assert "error" in records[3]
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


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wxguard: "), err
    return lines[0]


# --- scan: input lines that start with "{" ----------------------------------------------------------------


def test_scan_reads_a_brace_line_that_is_not_json_as_plain_text(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text('{笑} 加我薇信 abc12345 兼职日结 刷单\n{"id": 3, "text": "明天开会"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["scan", "--rules-only", "-q", str(src), "-o", str(out)]) == 0
    first, second = (json.loads(x) for x in out.read_text(encoding="utf-8").splitlines())
    assert "error" not in first and "advertising" in first["labels"]
    assert second["id"] == 3 and second["ok"] is True  # a JSON object line is read as before


# --- scan: the output must not be the input ---------------------------------------------------------------


@pytest.mark.parametrize("how", ["same", "dot", "hardlink", "stdin"])
def test_scan_refuses_to_overwrite_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str], how: str) -> None:
    src = tmp_path / "same.txt"
    data = "明天开会\n加我薇信 abc12345 兼职日结\n"
    src.write_text(data, encoding="utf-8")
    source, output = str(src), str(src)
    if how == "dot":
        output = str(tmp_path / "." / "same.txt")
    elif how == "hardlink":
        os.link(src, tmp_path / "link.txt")
        output = str(tmp_path / "link.txt")
    elif how == "stdin":
        stdin = open(src, encoding="utf-8")  # noqa: SIM115
        monkeypatch.setattr(sys, "stdin", stdin)
        source = "-"
    try:
        assert main(["scan", "--rules-only", "-q", source, "-o", output]) == 2
    finally:
        if how == "stdin":
            stdin.close()
    assert src.read_text(encoding="utf-8") == data
    assert "input" in _one_error_line(capsys.readouterr().err)


# --- eval: malformed labelled files -------------------------------------------------------------------------

SECRET = "真是个骗子"


@pytest.mark.parametrize("content", [
    f"TEXT,label\n\"ok text\",0\n你这个人,{SECRET},1\n",   # unquoted comma: the text spills into label
    f"TEXT,label,topic\n\"ok text\",0,x\n你这个人,{SECRET},1\n",  # same field count, text in label
], ids=["extra-field", "text-in-label"])
def test_eval_cold_bad_label_names_the_row_not_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         content: str) -> None:
    path = tmp_path / "cold.csv"
    path.write_text(content, encoding="utf-8")
    assert main(["eval", "--rules-only", f"cold:{path}"]) == 1
    err = capsys.readouterr().err
    line = _one_error_line(err)
    assert f"{path}:3" in line and SECRET not in err


@pytest.mark.parametrize(("row", "expected"), [
    ('{"txt": "' + SECRET + '"}', "'text'"),
    ('["' + SECRET + '"]', "'text'"),
    ('{"text": "' + SECRET + '", "labels": ["advertisment"]}', "advertisment"),
    ('{"text": "' + SECRET + '", "labels": ["privacy"], "subs": ["privacy/phones"]}', "privacy/phones"),
    ('{"text": "' + SECRET + '", "labels": "advertising"}', "list"),
], ids=["no-text", "not-object", "unknown-label", "unknown-sub", "labels-string"])
def test_eval_jsonl_bad_row_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                row: str, expected: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "明天开会", "labels": []}\n' + row + "\n", encoding="utf-8")
    assert main(["eval", "--rules-only", str(path)]) == 1
    err = capsys.readouterr().err
    line = _one_error_line(err)
    assert f"{path}:2" in line and expected in line and SECRET not in err


# --- every command: expected failures are one line, not a traceback -------------------------------------


@pytest.mark.parametrize("case", ["eval-missing-file", "classify-missing-model", "scan-missing-model",
                                  "eval-bad-model-dir", "classify-bad-threads-env", "eval-bad-threads-env"])
def test_errors_are_one_line_without_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str], case: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "明天开会", "labels": []}\n', encoding="utf-8")
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")  # a folder that is not a model
    missing = str(tmp_path / "nope")
    argv, code, expected = {
        "eval-missing-file": (["eval", missing + ".jsonl"], 1, "nope.jsonl"),
        "classify-missing-model": (["classify", "--model-dir", missing, "hi"], 1, "nope"),
        "scan-missing-model": (["scan", "--model-dir", missing, str(gold)], 1, "nope"),
        "eval-bad-model-dir": (["eval", "--model-dir", str(tmp_path), str(gold)], 1, "config.json"),
        "classify-bad-threads-env": (["classify", "hi"], 2, "WXGUARD_THREADS"),
        "eval-bad-threads-env": (["eval", str(gold)], 2, "WXGUARD_THREADS"),
    }[case]
    if "threads-env" in case:
        monkeypatch.setenv("WXGUARD_THREADS", "x")
    assert main(argv) == code
    assert expected in _one_error_line(capsys.readouterr().err)


def test_bad_threads_env_is_not_read_by_rules_only(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WXGUARD_THREADS", "x")
    assert main(["classify", "--rules-only", "明天开会"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_eval_bad_row_count_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["eval", "--rules-only", "cold:x.csv#abc"])
    assert info.value.code == 2 and "row count" in capsys.readouterr().err


def test_error_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "cold.csv"
    path.write_text(f"TEXT,label\n你这个人,{SECRET},1\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "wxguard.cli", "eval", "--rules-only", f"cold:{path}"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stdout == ""
    assert "Traceback" not in proc.stderr and SECRET not in proc.stderr
    assert _one_error_line(proc.stderr) == f"wxguard: {path}:2: the row has more fields than the header " \
        "(an unquoted comma?)"
