"""Threshold calibration and the multi-label report (numpy only)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from wxguard.metrics import calibrate_thresholds, multilabel_report, wilson_upper
from wxguard.taxonomy import LABELS

ROOT = Path(__file__).resolve().parents[1]


def _data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One output: 6 positives scored 0.9 and 0.6, 100 ok rows of which three score 0.7."""
    probs = np.array([[0.9]] * 3 + [[0.6]] * 3 + [[0.7]] * 3 + [[0.05]] * 97)
    targets = np.array([[1.0]] * 6 + [[0.0]] * 100)
    ok_rows = targets[:, 0] < 0.5
    return probs, targets, ok_rows


def test_threshold_maximises_f1_under_the_ok_cap() -> None:
    probs, targets, ok_rows = _data()
    mask = np.ones_like(targets)
    free = calibrate_thresholds(probs, targets, mask, ok_rows=ok_rows, ok_cap=1.0)[0]
    capped = calibrate_thresholds(probs, targets, mask, ok_rows=ok_rows, ok_cap=0.02)[0]
    assert free <= 0.6  # without a cap all six positives are worth three false alarms
    assert 0.7 < capped <= 0.9  # flagging 3 of 100 ok rows breaks a 2% cap


def test_forced_rows_do_not_push_the_threshold_up() -> None:
    """ok rows that a precise rule flags anyway must not count against the cap: no threshold unflags them."""
    probs, targets, ok_rows = _data()
    probs = probs.copy()
    probs[6:9] = 0.95  # three ok rows forced by a rule: their fused score is high
    forced = np.zeros_like(probs, dtype=bool)
    forced[6:9] = True
    mask = np.ones_like(targets)
    naive = calibrate_thresholds(probs, targets, mask, ok_rows=ok_rows, ok_cap=0.02)[0]
    aware = calibrate_thresholds(probs, targets, mask, ok_rows=ok_rows, ok_cap=0.02, forced=forced)[0]
    assert naive >= 0.95 - 1e-9  # the strictest grid point: it still "sees" the forced rows as flagged
    assert aware <= 0.6


def test_report_counts_ok_flagged_and_macro_f1() -> None:
    gold = [["advertising"], [], [], ["privacy"]]
    pred = [["advertising"], ["off_topic"], [], []]
    rep = multilabel_report(gold, pred)
    assert rep["ok_flagged_rate"] == 0.5 and rep["ok_rows"] == 2
    assert rep["ok_flagged_upper95"] == round(wilson_upper(1, 2), 4) and 0.5 < rep["ok_flagged_upper95"] < 1.0
    assert rep["labels"]["advertising"]["f1"] == 1.0 and rep["labels"]["privacy"]["f1"] == 0.0
    assert rep["macro_f1"] == round(float(np.mean([rep["labels"][k]["f1"] for k in LABELS])), 4)


def test_wilson_upper_bound() -> None:
    """z^2 / (n + z^2) when nothing was seen; above the observed rate; tighter with more rows; 1 with no rows.
    Reference value, computed by hand from the Wilson score formula: 11 of 800 -> 0.02235."""
    assert wilson_upper(0, 100) == pytest.approx(1.6449 ** 2 / (100 + 1.6449 ** 2))
    assert wilson_upper(11, 800) == pytest.approx(0.02235, abs=1e-5)
    assert wilson_upper(44, 3200) < wilson_upper(11, 800)
    assert wilson_upper(0, 0) == 1.0 and wilson_upper(5, 5) == 1.0


@pytest.mark.parametrize(("gold", "subs", "match"), [
    ([["advertising"], ["advertisment"]], None, r"true_labels\[1\]: unknown label\(s\) 'advertisment'"),
    ([["privacy", None]], None, r"true_labels\[0\]: unknown label\(s\) None"),
    (["advertising"], None, r"true_labels\[0\] must be a sequence of labels, not a string"),
    ([["privacy"], []], [["privacy/phone"], ["privacy/phones"]], r"true_subs\[1\]: unknown sub-label\(s\)"),
], ids=["misspelt-label", "not-a-string", "string-row", "unknown-sub"])
def test_report_rejects_gold_names_outside_the_taxonomy(gold: list, subs: list | None, match: str) -> None:
    """Dropped silently, a misspelt gold label would turn its row into an ok row."""
    pred = [[] for _ in gold]
    with pytest.raises(ValueError, match=match):
        multilabel_report(gold, pred, subs, pred if subs is not None else None)


def test_report_accepts_the_shipped_gold_files() -> None:
    paths = [ROOT / "tests" / "data" / "tiny.jsonl", *sorted((ROOT / "data").glob("*.jsonl"))]
    for path in paths:
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        gold = [r.get("labels", []) for r in rows]
        subs = [r.get("subs", []) for r in rows]
        report = multilabel_report(gold, gold, subs, subs)
        assert report["exact_match"] == 1.0, path
