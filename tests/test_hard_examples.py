"""training/hard_examples.py: the rows a model gets wrong, written for "just train twice"."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

import wxguard

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def hard_examples():
    spec = importlib.util.spec_from_file_location("hard_examples", ROOT / "training" / "hard_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the ID number is checksum-valid (the rules force privacy); the insult is a precise lexicon term
OFFENSIVE = "你他妈就是个傻逼，滚出去"
SAFE = "明天上午九点开周会，请准时参加"
ID_LEAK = "我的身份证号是11010519491231002X，帮我填一下表"


def test_cold_format_keeps_exactly_the_misclassified_rows(hard_examples, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["", "topic", "label", "TEXT"])
        writer.writeheader()
        for i, (text, label) in enumerate([(OFFENSIVE, 1), (OFFENSIVE, 0), (SAFE, 0), (SAFE, 1)]):
            writer.writerow({"": i, "topic": "x", "label": label, "TEXT": text})
    flagged = {t: "illegal_vulgar" in wxguard.classify(t).labels for t in (OFFENSIVE, SAFE)}
    assert flagged == {OFFENSIVE: True, SAFE: False}
    out = tmp_path / "wrong.csv"
    assert hard_examples.main([f"cold:{src}", "--out", str(out)]) == 0
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["TEXT"], r["label"]) for r in rows] == [(OFFENSIVE, "0"), (SAFE, "1")]
    err = capsys.readouterr().err
    assert "2 of 4 rows wrong (1 safe rows flagged, 1 offensive rows missed)" in err
    assert OFFENSIVE not in err and SAFE not in err  # counts only, never a message


def test_jsonl_rows_are_wrong_when_the_label_set_differs(hard_examples, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"text": ID_LEAK, "labels": ["privacy"], "subs": ["privacy/id_number"]},
            {"text": ID_LEAK, "labels": [], "subs": []},
            {"text": SAFE, "labels": [], "subs": []}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert wxguard.classify(ID_LEAK).labels == ("privacy",) and wxguard.classify(SAFE).labels == ()
    out = tmp_path / "wrong.jsonl"
    assert hard_examples.main([str(src), "--out", str(out)]) == 0
    wrong = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert wrong == [rows[1]]
    assert ID_LEAK not in capsys.readouterr().err
