"""Binary offensive CSVs in COLD's format: ``cold:PATH`` / ``offensive:PATH`` in training and eval."""

import csv
import json

import pytest

from wxguard.evaluate import binary_spec
from wxguard.evaluate import main as eval_main
from wxguard.taxonomy import LABELS, SUB_LABELS
from wxguard.training.data import OUTPUTS, load_any

ROWS = [("你个废物，脑子进水了吧", 1), ("各位，明天上午9点开周会", 0), ("地域黑要不得，哪里都有好人坏人", 0),
        ("滚你妈的，傻逼", 1), ("这个政策讨论一下", 0)]


@pytest.fixture
def binary_csv(tmp_path):
    path = tmp_path / "bias.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["TEXT", "label", "topic"])
        for text, label in ROWS:
            writer.writerow([text, label, "region"])
    return path


def test_binary_spec():
    assert binary_spec("cold:a/b.csv") == ("a/b.csv", None)
    assert binary_spec("offensive:a/b.csv#30") == ("a/b.csv", 30)
    assert binary_spec("data/train.jsonl") is None
    assert binary_spec("user.csv") is None


@pytest.mark.parametrize("prefix", ["cold:", "offensive:"])
def test_binary_rows_supervise_only_abuse(binary_csv, prefix):
    rows = load_any(f"{prefix}{binary_csv}")
    assert [r["text"] for r in rows] == [t for t, _ in ROWS]
    supervised = {"illegal_vulgar", "illegal_vulgar/abuse"}
    for row, (_, label) in zip(rows, ROWS, strict=True):
        assert {OUTPUTS[i] for i, m in enumerate(row["mask"]) if m} == supervised
        assert {OUTPUTS[i] for i, t in enumerate(row["targets"]) if t} == (supervised if label else set())
    assert len(OUTPUTS) == len(LABELS) + len(SUB_LABELS)
    assert rows[0]["source"] == ("cold" if prefix == "cold:" else str(binary_csv))


def test_binary_sample_is_fixed(binary_csv):
    a = load_any(f"offensive:{binary_csv}#3")
    b = load_any(f"offensive:{binary_csv}#3")
    assert len(a) == 3 and [r["text"] for r in a] == [r["text"] for r in b]


def test_eval_reads_offensive_csv(binary_csv, capsys):
    assert eval_main([f"offensive:{binary_csv}", "--rules-only"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["n"] == len(ROWS)
    assert 0.0 <= report["accuracy"] <= 1.0
    # the two plain insults are in the curated lexicon; nothing safe here trips a rule
    assert report["offensive"]["precision"] == 1.0 and report["accuracy"] >= 0.8


def test_eval_reports_flag_rate_per_fine_grained_label(tmp_path, capsys):
    """COLD test's fine-grained column (3 = anti-bias, safe) gets a per-kind flag rate in the report."""
    path = tmp_path / "fine.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["TEXT", "label", "fine-grained-label"])
        writer.writerows([["你个废物，脑子进水了吧", 1, 1], ["滚你妈的，傻逼", 1, 1],
                          ["地域黑要不得，哪里都有好人坏人", 0, 3], ["各位，明天上午9点开周会", 0, 0]])
    assert eval_main([f"cold:{path}", "--rules-only"]) == 0
    kinds = json.loads(capsys.readouterr().out)["flagged_by_fine_grained_label"]
    assert {k: v["n"] for k, v in kinds.items()} == {"attack_individual": 2, "safe_anti_bias": 1,
                                                     "safe_other": 1}
    assert kinds["attack_individual"]["flagged"] == 1.0 and kinds["safe_other"]["flagged"] == 0.0


def test_eval_without_fine_grained_column_has_no_breakdown(binary_csv, capsys):
    assert eval_main([f"offensive:{binary_csv}", "--rules-only"]) == 0
    assert "flagged_by_fine_grained_label" not in json.loads(capsys.readouterr().out)
