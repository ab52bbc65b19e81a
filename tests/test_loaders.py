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


# --- malformed rows: errors name path:line and the column, never the message text ---

SECRET = "秘密消息内容"


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_cold_row_with_unquoted_comma_names_line_not_text(tmp_path):
    path = _write(tmp_path / "bad.csv", f"TEXT,label\n你好,0\n今天天气不错,{SECRET},0\n")
    with pytest.raises(ValueError, match=r"bad\.csv:3: ") as err:
        load_any(f"offensive:{path}")
    assert SECRET not in str(err.value)


def test_cold_label_not_0_or_1_names_line_not_value(tmp_path):
    path = _write(tmp_path / "bad.csv", f'TEXT,label\n你好,0\n"今天天气不错",{SECRET}\n')
    with pytest.raises(ValueError, match=r"bad\.csv:3: label must be 0 or 1") as err:
        load_any(f"cold:{path}")
    assert SECRET not in str(err.value)


@pytest.mark.parametrize("spec", ["cold:{}/none.csv", "{}/none.csv", "{}/none.jsonl"])
def test_missing_training_file_names_the_path(tmp_path, spec):
    spec = spec.format(tmp_path)
    with pytest.raises(FileNotFoundError) as err:
        load_any(spec)
    assert str(err.value) == f"{tmp_path}/none.{spec.rsplit('.', 1)[1]}: no such file"


@pytest.mark.parametrize("cell", ["advertsing", "advertising,privcy", "illegal_vulgar/frud",
                                  "客户张三的电话/13912345678", "advertising，" + SECRET])
def test_csv_unknown_label_name_raises_without_quoting_it(tmp_path, cell):
    path = tmp_path / "typo.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["text", "labels"], ["明天开会", ""], ["兼职日结加V", cell]])
    with pytest.raises(ValueError, match=r"typo\.csv:3: the \d+(st|nd|rd|th) name in column 'labels'") as err:
        load_any(str(path))
    assert cell.split("，")[-1].split(",")[-1] not in str(err.value)


def _positives(row):
    return {OUTPUTS[i] for i, t in enumerate(row["targets"]) if t}


@pytest.mark.parametrize(("cell", "expected"), [
    ("advertising", {"advertising"}),
    ("Advertising", {"advertising"}),
    (" ADVERTISING ; Privacy/Phone ", {"advertising", "privacy", "privacy/phone"}),
    ("advertising，privacy", {"advertising", "privacy"}),
    ("advertising；illegal_vulgar/fraud", {"advertising", "illegal_vulgar", "illegal_vulgar/fraud"}),
    ("", set()),
])
def test_csv_labels_separators_and_case(tmp_path, cell, expected):
    path = tmp_path / "ok.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["text", "labels"], ["兼职日结加V", cell]])
    (row,) = load_any(str(path))
    assert _positives(row) == expected
    assert row["mask"][: len(LABELS)] == [1.0] * len(LABELS)


def test_csv_label_columns_read_spreadsheet_booleans(tmp_path):
    path = _write(tmp_path / "cols.csv",
                  "text,advertising,privacy\nA,TRUE,FALSE\nB,Yes,no\nC,y,N\nD,1.0,0.0\nE,1,0\nF,,0\n")
    rows = load_any(str(path))
    ad, pv = OUTPUTS.index("advertising"), OUTPUTS.index("privacy")
    assert [(r["targets"][ad], r["targets"][pv]) for r in rows] == [(1.0, 0.0)] * 5 + [(0.0, 0.0)]
    assert [(r["mask"][ad], r["mask"][pv]) for r in rows] == [(1.0, 1.0)] * 5 + [(0.0, 1.0)]


@pytest.mark.parametrize("value", ["2", "maybe", SECRET])
def test_csv_label_column_other_values_raise_naming_line_and_column(tmp_path, value):
    path = _write(tmp_path / "cols.csv", f"text,advertising,privacy\nA,1,0\nB,0,{value}\n")
    with pytest.raises(ValueError, match=r"cols\.csv:3: column 'privacy' must be") as err:
        load_any(str(path))
    assert value not in str(err.value).split("cols.csv", 1)[1]  # (the tmp path itself may hold a "2")


def test_csv_row_with_extra_fields_names_line_not_text(tmp_path):
    path = _write(tmp_path / "extra.csv", f"text,labels\n你好,advertising\n你好世界,{SECRET},privacy\n")
    with pytest.raises(ValueError, match=r"extra\.csv:3: the row has more fields") as err:
        load_any(str(path))
    assert SECRET not in str(err.value)
