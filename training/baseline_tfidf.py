"""TF-IDF + logistic-regression baseline: the bar any wxguard model must beat.

    python training/baseline_tfidf.py [--cold ../shared/datasets/cold]

Character 1-3-gram TF-IDF (after the wxguard normaliser), one logistic regression per top-level label,
each trained only on the rows where that label is supervised (the corpus everywhere; COLD rows for
``illegal_vulgar`` only, when ``--cold`` is given), threshold 0.5, ``off_topic`` residual. Reports per-label
P/R/F1 on data/test.jsonl (and COLD test accuracy with ``--cold``) to
benchmarks/results/tfidf_baseline.json.

The pieces (``training_rows``, ``fit_baseline``, ``TfidfBaseline``) are reused by ``benchmarks/``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from wxguard.metrics import multilabel_report
from wxguard.normalize import normalize
from wxguard.taxonomy import LABELS
from wxguard.training.data import load_any

__all__ = ["TfidfBaseline", "fit_baseline", "training_rows"]


def _norm(text: str) -> str:
    return normalize(text).text


class TfidfBaseline:
    """A fitted vectoriser and one logistic regression per top-level label."""

    def __init__(self, vec: TfidfVectorizer, models: Sequence[LogisticRegression],
                 threshold: float = 0.5) -> None:
        self.vec = vec
        self.models = list(models)
        self.threshold = threshold

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities, shape ``(len(texts), len(LABELS))`` (texts are normalised first)."""
        xt = self.vec.transform([_norm(t) for t in texts])
        return np.column_stack([clf.predict_proba(xt)[:, 1] for clf in self.models])

    def predict(self, texts: Sequence[str]) -> list[list[str]]:
        """Labels per text: probability >= threshold, ``off_topic`` only when nothing else fires."""
        out = []
        for row in self.predict_proba(texts):
            labels = [lab for lab, p in zip(LABELS, row, strict=True) if p >= self.threshold]
            if len(labels) > 1 and "off_topic" in labels:
                labels.remove("off_topic")
            out.append(labels)
        return out


def training_rows(data: str = "data", cold: str | None = None,
                  cold_sample: int = 8000) -> list[dict[str, Any]]:
    """data/train.jsonl, plus a fixed sample of COLD train rows (supervising ``illegal_vulgar`` only)."""
    rows = load_any(f"{data}/train.jsonl")
    if cold:
        rows += load_any(f"cold:{cold}/train.csv#{cold_sample}")
    return rows


def fit_baseline(rows: Sequence[dict[str, Any]]) -> TfidfBaseline:
    """Fit the vectoriser and the per-label regressions on rows with ``text``, ``targets``, ``mask``."""
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True,
                          max_features=300_000)
    x = vec.fit_transform([_norm(r["text"]) for r in rows])
    y = np.array([r["targets"][: len(LABELS)] for r in rows])
    m = np.array([r["mask"][: len(LABELS)] for r in rows]) > 0
    models = []
    for j in range(len(LABELS)):
        clf = LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced")
        clf.fit(x[m[:, j]], y[m[:, j], j])
        models.append(clf)
    return TfidfBaseline(vec, models)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="data")
    ap.add_argument("--cold",
                    help="COLD folder (train.csv / test.csv); adds COLD rows and COLD test accuracy")
    ap.add_argument("--cold-sample", type=int, default=8000)
    ap.add_argument("--out", default="benchmarks/results/tfidf_baseline.json")
    args = ap.parse_args()
    started = time.time()
    rows = training_rows(args.data, args.cold, args.cold_sample)
    baseline = fit_baseline(rows)

    with open(f"{args.data}/test.jsonl", encoding="utf-8") as fh:
        test = [json.loads(line) for line in fh]
    t0 = time.perf_counter()
    pred = baseline.predict([r["text"] for r in test])
    per_msg_ms = (time.perf_counter() - t0) / len(test) * 1000
    report = multilabel_report([r["labels"] for r in test], pred)
    result = {"model": "tfidf-char1-3 + logistic regression", "train_rows": len(rows),
              "test": {k: report[k] for k in ("n", "macro_f1", "ok_flagged_rate", "labels")},
              "batch_ms_per_message": round(per_msg_ms, 4), "seconds": round(time.time() - started, 1)}
    if args.cold:
        import csv

        with open(f"{args.cold}/test.csv", encoding="utf-8-sig", newline="") as fh:
            cold = [(r["TEXT"], int(r["label"])) for r in csv.DictReader(fh)]
        hits = [int("illegal_vulgar" in p) for p in baseline.predict([t for t, _ in cold])]
        result["cold_test_accuracy"] = round(
            float(np.mean([h == g for h, (_, g) in zip(hits, cold, strict=True)])), 4)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"macro-F1 {report['macro_f1']:.4f}  ok flagged {report['ok_flagged_rate']:.2%}")
    for lab, mtr in report["labels"].items():
        print(f"| {lab} | {mtr['precision']:.3f} | {mtr['recall']:.3f} | {mtr['f1']:.3f} |")
    if args.cold:
        print("COLD test accuracy", result["cold_test_accuracy"])


if __name__ == "__main__":
    main()
